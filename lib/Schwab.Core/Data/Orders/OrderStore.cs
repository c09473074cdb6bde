using System.Data.Common;
using Dapper;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>
/// Orders in <c>OPT.SCHWAB</c>: the raw JSON audit (<c>JSON_TRANSACTIONS</c>, one row per distinct version of a top-level
/// order, account numbers masked) and, when a version is new, the normalised <c>ORDERS</c>, <c>ORDER_LEGS</c>,
/// <c>ORDER_ACTIVITIES</c>, <c>EXECUTION_LEGS</c> (child orders included) and the <c>SPREADS</c> summary of each FILLED order.
/// </summary>
internal sealed partial class OrderStore(IDbConnectionFactory connections, SqlServerNames names, TimeProvider time)
{
    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>
    /// Stores one poll's orders of <paramref name="accountHash"/> in one transaction; an order whose content was stored
    /// before writes nothing. Returns the number of new versions.
    /// </summary>
    public async Task<int> StoreAsync(string accountHash, IReadOnlyList<Order> orders, IReadOnlyCollection<string> accountNumbers, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        int versions = 0;
        foreach (Order order in orders)
        {
            string json = RawJsonRedactor.Redact(order.RawJson, accountNumbers);
            var audit = new
            {
                CreatedAt = now,
                order.OrderId,
                AccountHash = accountHash,
                order.Status,
                order.EnteredTime,
                ContentHash = RawJsonRedactor.ContentHash(json),
                Json = json,
            };
            if (await ExecuteAsync(connection, transaction, InsertJsonSqlite, InsertJsonSqlServer, audit, cancellationToken) <= 0)
            {
                continue;
            }

            versions++;
            await WriteOrderAsync(connection, transaction, order, accountHash, null, accountNumbers, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return versions;
    }

    /// <summary>The newest entered time and the oldest still-open entered time of the account's stored top-level orders.</summary>
    public async Task<OrderCursor> GetCursorAsync(string accountHash, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        CursorRow row = await connection.QuerySingleAsync<CursorRow>(new CommandDefinition(
            _sqlServer ? names.Resolve(CursorSqlServer) : CursorSqlite, new { AccountHash = accountHash }, cancellationToken: cancellationToken));
        return new OrderCursor(row.NewestEntered, row.OldestOpenEntered);
    }

    private async Task WriteOrderAsync(DbConnection connection, DbTransaction transaction, Order order, string accountHash, long? parentId,
        IReadOnlyCollection<string> accountNumbers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        OrderRow row = OrderRow.From(order, accountHash, parentId, now) with
        {
            StatusDescription = RawJsonRedactor.MaskIn(order.StatusDescription, accountNumbers),
        };
        await ExecuteAsync(connection, transaction, UpsertOrderSqlite, UpsertOrderSqlServer, row, cancellationToken);
        for (int i = 0; i < order.Legs.Count; i++)
        {
            await ExecuteAsync(connection, transaction, UpsertLegSqlite, UpsertLegSqlServer, OrderLegRow.From(order.OrderId, order.Legs[i], i), cancellationToken);
        }

        foreach (OrderActivity activity in order.Activities.Where(a => a.ActivityId is not null))
        {
            long activityId = activity.ActivityId!.Value;
            await ExecuteAsync(connection, transaction, UpsertActivitySqlite, UpsertActivitySqlServer,
                OrderActivityRow.From(order.OrderId, activityId, activity), cancellationToken);
            for (int i = 0; i < activity.ExecutionLegs.Count; i++)
            {
                await ExecuteAsync(connection, transaction, UpsertExecutionSqlite, UpsertExecutionSqlServer,
                    ExecutionLegRow.From(order.OrderId, activityId, activity.ExecutionLegs[i], i), cancellationToken);
            }
        }

        if (SpreadRow.From(order, accountHash, now) is { } spread)
        {
            await ExecuteAsync(connection, transaction, UpsertSpreadSqlite, UpsertSpreadSqlServer, spread, cancellationToken);
        }

        foreach (Order child in order.ChildOrders)
        {
            await WriteOrderAsync(connection, transaction, child, accountHash, order.OrderId, accountNumbers, now, cancellationToken);
        }
    }

    private Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sqlite, string sqlServer, object args,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            _sqlServer ? names.Resolve(sqlServer) : sqlite, args, transaction, cancellationToken: cancellationToken));

    private sealed class CursorRow
    {
        public DateTimeOffset? NewestEntered { get; set; }

        public DateTimeOffset? OldestOpenEntered { get; set; }
    }
}
