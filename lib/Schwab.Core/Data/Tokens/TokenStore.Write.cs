using System.Data.Common;
using Dapper;

namespace Schwab.Core.Data.Tokens;

/// <summary>Versioned writes of <see cref="TokenStore"/>.</summary>
internal sealed partial class TokenStore
{
    private const string InsertSqlite = """
        INSERT INTO SCHWAB_API (api_name, access_token, refresh_token, expires_at, refresh_issued_at, refresh_expires_at, updated_at, version)
        VALUES (@ApiName, @AccessToken, @RefreshToken, @ExpiresAt, @RefreshIssuedAt, @RefreshExpiresAt, @UpdatedAt, 1)
        ON CONFLICT (api_name) DO NOTHING
        """;

    private const string InsertSqlServer = """
        INSERT INTO $(OPT).SCHWAB.API (api_name, access_token, refresh_token, expires_at, refresh_issued_at, refresh_expires_at, updated_at, version)
        SELECT @ApiName, @AccessToken, @RefreshToken, @ExpiresAt, @RefreshIssuedAt, @RefreshExpiresAt, @UpdatedAt, 1
        WHERE NOT EXISTS (SELECT 1 FROM $(OPT).SCHWAB.API WITH (UPDLOCK, HOLDLOCK) WHERE api_name = @ApiName)
        """;

    private const string UpdateSqlite = """
        UPDATE SCHWAB_API
        SET access_token = @AccessToken, refresh_token = @RefreshToken, expires_at = @ExpiresAt,
            refresh_issued_at = @RefreshIssuedAt, refresh_expires_at = @RefreshExpiresAt, updated_at = @UpdatedAt,
            version = version + 1
        WHERE api_name = @ApiName AND version = @ExpectedVersion
        """;

    private const string UpdateSqlServer = """
        UPDATE $(OPT).SCHWAB.API
        SET access_token = @AccessToken, refresh_token = @RefreshToken, expires_at = @ExpiresAt,
            refresh_issued_at = @RefreshIssuedAt, refresh_expires_at = @RefreshExpiresAt, updated_at = @UpdatedAt,
            version = version + 1
        WHERE api_name = @ApiName AND version = @ExpectedVersion
        """;

    private async Task<TokenSet> WriteAsync(
        DbConnection connection, DbTransaction? transaction, TokenSet tokens, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        DateTimeOffset now = time.GetUtcNow();
        var args = new
        {
            tokens.ApiName,
            AccessToken = protector.Protect(tokens.AccessToken, TokenPlaces.AccessToken(tokens.ApiName)),
            RefreshToken = protector.Protect(tokens.RefreshToken, TokenPlaces.RefreshToken(tokens.ApiName)),
            tokens.ExpiresAt,
            tokens.RefreshIssuedAt,
            tokens.RefreshExpiresAt,
            UpdatedAt = now,
            ExpectedVersion = expectedVersion,
        };
        string sql = expectedVersion == 0 ? Sql(InsertSqlite, InsertSqlServer) : Sql(UpdateSqlite, UpdateSqlServer);
        int rows = await connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
        if (rows != 1)
        {
            Log.TokenSaveConflict(logger, tokens.ApiName, expectedVersion);
            throw new TokenConcurrencyException(tokens.ApiName, expectedVersion);
        }

        return tokens with
        {
            ExpiresAt = tokens.ExpiresAt.ToUniversalTime(),
            RefreshIssuedAt = tokens.RefreshIssuedAt.ToUniversalTime(),
            RefreshExpiresAt = tokens.RefreshExpiresAt.ToUniversalTime(),
            UpdatedAt = now,
            Version = expectedVersion + 1,
        };
    }
}
