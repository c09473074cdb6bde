using System.Data.Common;
using Dapper;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>Account transactions in <c>OPT.SCHWAB.TRANSACTIONS</c>: each activity id stored once, raw JSON kept with account numbers masked.</summary>
internal sealed class TransactionStore(IDbConnectionFactory connections, SqlServerNames names, TimeProvider time)
{
    private const string InsertSqlite = """
        INSERT INTO SCHWAB_TRANSACTIONS (activity_id, account_hash, time, type, status, sub_account, description, order_id, net_amount, json, updated_at)
        VALUES (@ActivityId, @AccountHash, @Time, @Type, @Status, @SubAccount, @Description, @OrderId, @NetAmount, @Json, @UpdatedAt)
        ON CONFLICT (activity_id) DO NOTHING
        """;

    private const string InsertSqlServer = """
        IF NOT EXISTS (SELECT 1 FROM $(OPT).SCHWAB.TRANSACTIONS WITH (UPDLOCK, HOLDLOCK) WHERE activity_id = @ActivityId)
            INSERT INTO $(OPT).SCHWAB.TRANSACTIONS (activity_id, account_hash, time, type, status, sub_account, description, order_id,
                net_amount, json, updated_at)
            VALUES (@ActivityId, @AccountHash, @Time, @Type, @Status, @SubAccount, @Description, @OrderId, @NetAmount, @Json, @UpdatedAt);
        """;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Inserts the transactions not stored yet, in one transaction; returns how many were new.</summary>
    public async Task<int> InsertAsync(string accountHash, IReadOnlyList<AccountTransaction> transactions, IReadOnlyCollection<string> accountNumbers,
        CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        string sql = _sqlServer ? names.Resolve(InsertSqlServer) : InsertSqlite;
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        int inserted = 0;
        foreach (AccountTransaction t in transactions)
        {
            TransactionRow row = TransactionRow.From(t, accountHash, RawJsonRedactor.Redact(t.RawJson, accountNumbers), now) with
            {
                Description = RawJsonRedactor.MaskIn(t.Description, accountNumbers),
            };
            int affected = await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: cancellationToken));
            inserted += affected > 0 ? 1 : 0;
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
