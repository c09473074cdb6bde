using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Schwab.Core.Data.Tokens;

/// <summary>The cross-process refresh of <see cref="TokenStore"/>.</summary>
internal sealed partial class TokenStore
{
    // Held until the transaction ends; the resource is per app so MAIN_DATA and MAIN_TRADE refresh independently.
    private const string TokenLockSqlServer = """
        DECLARE @result int;
        EXEC @result = $(OPT).sys.sp_getapplock
            @Resource = @Resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = @TimeoutMs;
        SELECT @result;
        """;

    /// <summary>
    /// Refreshes the tokens of <paramref name="apiName"/> at most once across all processes: takes the token lock
    /// (SQLite <c>BEGIN IMMEDIATE</c>, SQL Server <c>sp_getapplock</c>), re-reads the row, and calls
    /// <paramref name="refresh"/> only if <paramref name="needsRefresh"/> still holds for what is stored now; the result
    /// is written and committed before the lock is released.
    /// </summary>
    /// <returns>The stored tokens and whether this caller refreshed them. With no row, <paramref name="refresh"/> is not called.</returns>
    /// <exception cref="System.Data.Common.DbException">Another process held the lock for longer than <see cref="DatabaseOptions.BusyTimeout"/>.</exception>
    /// <remarks>
    /// On SQLite the lock is the database write lock, so other writers wait while <paramref name="refresh"/> runs:
    /// keep the callback to the one token request.
    /// </remarks>
    public async Task<TokenRefreshResult> RefreshUnderLockAsync(
        string apiName,
        Func<TokenSet?, bool> needsRefresh,
        Func<TokenSet, CancellationToken, Task<TokenSet>> refresh,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needsRefresh);
        ArgumentNullException.ThrowIfNull(refresh);
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await BeginLockedAsync(connection, apiName, cancellationToken);

        TokenSet? current = await ReadAsync(connection, transaction, apiName, cancellationToken);
        if (current is null || !needsRefresh(current))
        {
            if (current is not null)
            {
                Log.TokenRefreshNotNeeded(logger, apiName, current.Version);
            }

            return new TokenRefreshResult(current, Refreshed: false);
        }

        TokenSet fresh = await refresh(current, cancellationToken);
        TokenSet saved = await WriteAsync(connection, transaction, fresh with { ApiName = apiName }, current.Version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.TokensRefreshedUnderLock(logger, apiName, saved.Version);
        return new TokenRefreshResult(saved, Refreshed: true);
    }

    private async Task<DbTransaction> BeginLockedAsync(DbConnection connection, string apiName, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection sqlite)
        {
            // BEGIN IMMEDIATE waits (busy_timeout) for any other writer, then holds the write lock.
            return sqlite.BeginTransaction(deferred: false);
        }

        DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            TimeSpan timeout = _lockTimeout;
            int result = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                names.Resolve(TokenLockSqlServer),
                new { Resource = $"schwab-tokens:{apiName}", TimeoutMs = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds) },
                transaction,
                cancellationToken: cancellationToken));
            return result >= 0
                ? transaction
                : throw new DatabaseLockTimeoutException($"the token lock of '{apiName}' was held by another process for longer than {timeout}");
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
