using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Data;
using Schwab.Core.Data.Orders;
using Schwab.Core.Domain;
using Schwab.Core.Tests.Api;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Orders;

public sealed class OrderAndTransactionStoreTests
{
    private const string Hash = "402EDC806AA2F78D52BA68FD086D8906A41EF35F94D3E4610622E265551A0017";
    private static readonly string[] Numbers = ["111111111"];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task InsertAsync_RealTransactionsTwice_StoresEachActivityOnceWithoutTheAccountNumber()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        var store = new TransactionStore(db.Connections, new SqlServerNames("OPT", "CHAINS"), _time);
        using JsonDocument doc = JsonDocument.Parse(Fixture.Text("transactions.json"));
        List<AccountTransaction> list = [.. doc.RootElement.EnumerateArray().Select(OrderMapper.ToTransaction)];

        int first = await store.InsertAsync(Hash, list, Numbers, CancellationToken.None);
        int second = await store.InsertAsync(Hash, list, Numbers, CancellationToken.None);

        Assert.Equal(list.Select(t => t.ActivityId).Distinct().Count(), first);
        Assert.Equal(0, second);
        List<string> json = await QueryAsync<string>(db, "SELECT json FROM SCHWAB_TRANSACTIONS");
        Assert.Equal(first, json.Count);
        // The fixture's anonymised order id 1111111111111 contains the digits, so look for the number as a whole value.
        Assert.All(json, j => Assert.DoesNotContain("\"111111111\"", j, StringComparison.Ordinal));
        Assert.All(json, j => Assert.Contains("\"accountNumber\":\"***111\"", j, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoreAsync_SameOrderTwiceThenChanged_WritesOneRawRowPerVersionAndUpdatesTheOrder()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        var store = new OrderStore(db.Connections, new SqlServerNames("OPT", "CHAINS"), _time);
        Order working = Order("WORKING"), filled = Order("FILLED");

        Assert.Equal(1, await store.StoreAsync(Hash, [working], Numbers, CancellationToken.None));
        Assert.Equal(0, await store.StoreAsync(Hash, [working], Numbers, CancellationToken.None));
        OrderCursor open = await store.GetCursorAsync(Hash, CancellationToken.None);
        Assert.Equal(1, await store.StoreAsync(Hash, [filled], Numbers, CancellationToken.None));

        Assert.Equal(["FILLED", "WORKING"], await QueryAsync<string>(db, "SELECT status FROM SCHWAB_JSON_TRANSACTIONS ORDER BY status"));
        Assert.Equal(["FILLED"], await QueryAsync<string>(db, "SELECT status FROM SCHWAB_ORDERS"));
        DateTimeOffset entered = working.EnteredTime!.Value;
        Assert.Equal(new OrderCursor(entered, entered), open);
        Assert.Equal(new OrderCursor(entered, null), await store.GetCursorAsync(Hash, CancellationToken.None));
        Assert.Equal(new OrderCursor(null, null), await store.GetCursorAsync("OTHER", CancellationToken.None));
    }

    private static Order Order(string status)
    {
        string json = $$"""
            {"orderId":42,"status":"{{status}}","enteredTime":"2026-03-02T15:00:00+0000","accountNumber":111111111,
             "orderLegCollection":[{"legId":1,"instrument":{"symbol":"SPY","assetType":"EQUITY"},"instruction":"BUY","quantity":1}]}
            """;
        using JsonDocument doc = JsonDocument.Parse(json);
        return OrderMapper.ToOrder(doc.RootElement);
    }

    private static async Task<List<T>> QueryAsync<T>(SqliteTestDatabase db, string sql)
    {
        await using var connection = new SqliteConnection(db.Options.ConnectionString);
        return [.. await connection.QueryAsync<T>(sql)];
    }
}
