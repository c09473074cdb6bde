using System.Data.Common;
using Dapper;
using Schwab.Core.Security;

namespace Schwab.Core.Data.Tokens;

/// <summary>Keeps account number → account hash per app in <c>OPT.SCHWAB.HASH</c>, the number encrypted.</summary>
internal sealed class HashStore(IDbConnectionFactory connections, SqlServerNames names, TokenProtector protector, TimeProvider time)
{
    private const string UpsertSqlite = """
        INSERT INTO SCHWAB_HASH (account_hash, api_name, account_number, updated_at)
        VALUES (@AccountHash, @ApiName, @AccountNumber, @UpdatedAt)
        ON CONFLICT (account_hash) DO UPDATE SET
            api_name = excluded.api_name, account_number = excluded.account_number, updated_at = excluded.updated_at
        """;

    // UPDLOCK + SERIALIZABLE in the caller's transaction: two upserts of one hash cannot both insert.
    private const string UpsertSqlServer = """
        UPDATE $(OPT).SCHWAB.HASH WITH (UPDLOCK, SERIALIZABLE)
        SET api_name = @ApiName, account_number = @AccountNumber, updated_at = @UpdatedAt
        WHERE account_hash = @AccountHash;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.HASH (account_hash, api_name, account_number, updated_at)
            VALUES (@AccountHash, @ApiName, @AccountNumber, @UpdatedAt);
        """;

    private const string ListSqlite = """
        SELECT api_name AS ApiName, account_number AS AccountNumber, account_hash AS Hash, updated_at AS UpdatedAt
        FROM SCHWAB_HASH WHERE api_name = @ApiName
        """;

    private const string ListSqlServer = """
        SELECT api_name AS ApiName, account_number AS AccountNumber, account_hash AS Hash, updated_at AS UpdatedAt
        FROM $(OPT).SCHWAB.HASH WHERE api_name = @ApiName
        """;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Stores (or replaces) the account number behind <paramref name="accountHash"/> for <paramref name="apiName"/>.</summary>
    public async Task UpsertAsync(string apiName, string accountNumber, string accountHash, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        var args = new
        {
            AccountHash = accountHash,
            ApiName = apiName,
            AccountNumber = protector.Protect(accountNumber, TokenPlaces.AccountNumber(accountHash)),
            UpdatedAt = time.GetUtcNow(),
        };
        await connection.ExecuteAsync(new CommandDefinition(
            _sqlServer ? names.Resolve(UpsertSqlServer) : UpsertSqlite, args, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The accounts known for <paramref name="apiName"/>, numbers decrypted, ordered by hash.</summary>
    public async Task<IReadOnlyList<AccountHash>> ListAsync(string apiName, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<HashRow> rows = await connection.QueryAsync<HashRow>(new CommandDefinition(
            _sqlServer ? names.Resolve(ListSqlServer) : ListSqlite, new { ApiName = apiName }, cancellationToken: cancellationToken));
        return
        [
            .. rows.OrderBy(r => r.Hash, StringComparer.Ordinal)
                .Select(r => new AccountHash(r.ApiName, protector.Unprotect(r.AccountNumber, TokenPlaces.AccountNumber(r.Hash)), r.Hash, r.UpdatedAt)),
        ];
    }

    private sealed class HashRow
    {
        public string ApiName { get; set; } = "";
        public string AccountNumber { get; set; } = "";
        public string Hash { get; set; } = "";
        public DateTimeOffset UpdatedAt { get; set; }
    }
}
