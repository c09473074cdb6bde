using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Security;

namespace Schwab.Core.Data.Tokens;

/// <summary>Reads and writes the encrypted OAuth tokens in <c>OPT.SCHWAB.API</c> (SQLite <c>SCHWAB_API</c>).</summary>
/// <remarks>
/// Tokens are encrypted with <see cref="TokenProtector"/>, bound to their row and column. Writes are guarded by the
/// row's <c>version</c>; refreshes go through <see cref="RefreshUnderLockAsync"/>, which serialises refreshers across
/// processes (one writer for tokens).
/// </remarks>
internal sealed partial class TokenStore(
    IDbConnectionFactory connections,
    SqlServerNames names,
    TokenProtector protector,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<TokenStore> logger)
{
    private const string SelectSqlite = """
        SELECT api_name AS ApiName, access_token AS AccessToken, refresh_token AS RefreshToken, expires_at AS ExpiresAt,
               refresh_issued_at AS RefreshIssuedAt, refresh_expires_at AS RefreshExpiresAt, updated_at AS UpdatedAt, version AS Version
        FROM SCHWAB_API WHERE api_name = @ApiName
        """;

    private const string SelectSqlServer = """
        SELECT api_name AS ApiName, access_token AS AccessToken, refresh_token AS RefreshToken, expires_at AS ExpiresAt,
               refresh_issued_at AS RefreshIssuedAt, refresh_expires_at AS RefreshExpiresAt, updated_at AS UpdatedAt, version AS Version
        FROM $(OPT).SCHWAB.API WHERE api_name = @ApiName
        """;

    private const string DeleteSqlite = """
        DELETE FROM SCHWAB_API WHERE api_name = @ApiName
        """;

    private const string DeleteSqlServer = """
        DELETE FROM $(OPT).SCHWAB.API WHERE api_name = @ApiName
        """;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;
    private readonly TimeSpan _lockTimeout = options.Value.BusyTimeout;

    /// <summary>The stored tokens of <paramref name="apiName"/>, decrypted; null when there is no row.</summary>
    public async Task<TokenSet?> GetAsync(string apiName, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, apiName, cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="tokens"/> if the row is still at <paramref name="expectedVersion"/> (0: the row must not
    /// exist yet) and returns what was stored, with the new version and <c>UpdatedAt</c>.
    /// </summary>
    /// <exception cref="TokenConcurrencyException">Another writer moved the row first.</exception>
    public async Task<TokenSet> SaveAsync(TokenSet tokens, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        return await WriteAsync(connection, null, tokens, expectedVersion, cancellationToken);
    }

    /// <summary>Deletes the row of <paramref name="apiName"/>; true when there was one.</summary>
    public async Task<bool> DeleteAsync(string apiName, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        int rows = await connection.ExecuteAsync(new CommandDefinition(
            Sql(DeleteSqlite, DeleteSqlServer), new { ApiName = apiName }, cancellationToken: cancellationToken));
        if (rows > 0)
        {
            Log.TokensDeleted(logger, apiName);
        }

        return rows > 0;
    }

    private async Task<TokenSet?> ReadAsync(DbConnection connection, DbTransaction? transaction, string apiName, CancellationToken cancellationToken)
    {
        TokenRow? row = await connection.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(
            Sql(SelectSqlite, SelectSqlServer), new { ApiName = apiName }, transaction, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new TokenSet(
                row.ApiName,
                protector.Unprotect(row.AccessToken, TokenPlaces.AccessToken(row.ApiName)),
                protector.Unprotect(row.RefreshToken, TokenPlaces.RefreshToken(row.ApiName)),
                row.ExpiresAt,
                row.RefreshIssuedAt,
                row.RefreshExpiresAt,
                row.UpdatedAt,
                row.Version);
    }

    private string Sql(string sqlite, string sqlServer) => _sqlServer ? names.Resolve(sqlServer) : sqlite;

    /// <summary>The row as stored: tokens still encrypted.</summary>
    private sealed class TokenRow
    {
        public string ApiName { get; set; } = "";
        public string AccessToken { get; set; } = "";
        public string RefreshToken { get; set; } = "";
        public DateTimeOffset ExpiresAt { get; set; }
        public DateTimeOffset RefreshIssuedAt { get; set; }
        public DateTimeOffset RefreshExpiresAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public int Version { get; set; }
    }
}
