using System.Data.Common;

namespace Schwab.Core.Data;

/// <summary>Opens one connection per operation to the configured database.</summary>
/// <remarks>Exactly two implementations exist: <see cref="SqliteConnectionFactory"/> and <see cref="SqlServerConnectionFactory"/>.</remarks>
public interface IDbConnectionFactory
{
    /// <summary>The engine behind the connections, for stores that hold one SQL text per dialect.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>Opens a new connection; the caller disposes it.</summary>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>An open connection with the pipeline's session settings applied.</returns>
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
