using System.Data.Common;
using Schwab.Core.Data;

namespace Schwab.Daemons.Tests.Tokens;

/// <summary>Passes every open through and completes <see cref="Opened"/> once <paramref name="count"/> connections were opened.</summary>
internal sealed class SignallingConnectionFactory(IDbConnectionFactory inner, int count) : IDbConnectionFactory
{
    private int _opened;

    public TaskCompletionSource Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DatabaseProvider Provider => inner.Provider;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = await inner.OpenAsync(cancellationToken);
        if (Interlocked.Increment(ref _opened) == count)
        {
            Opened.TrySetResult();
        }

        return connection;
    }
}
