using System.Data.Common;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Chains;

/// <summary>One snapshot being written in one transaction: <see cref="WriteAsync"/> its batches, then <see cref="CommitAsync"/>.</summary>
/// <remarks>Disposing without a commit rolls back, so a failure mid-snapshot leaves no rows.</remarks>
internal abstract class OptionChainSnapshot(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private bool _committed;

    /// <summary>Rows inserted so far (a replayed row counts nothing).</summary>
    public int Inserted { get; protected set; }

    /// <summary>Writes one batch (the list may be reused by the caller after this returns).</summary>
    public abstract ValueTask WriteAsync(IReadOnlyList<OptionContract> contracts, CancellationToken cancellationToken);

    /// <summary>Commits the snapshot.</summary>
    /// <returns>The rows inserted.</returns>
    public async Task<int> CommitAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _committed = true;
        return Inserted;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync();
        if (!_committed)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        await transaction.DisposeAsync();
        await connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs what must happen before the commit (the SQL Server move from staging).</summary>
    protected virtual Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Releases the commands.</summary>
    protected abstract ValueTask DisposeCoreAsync();
}
