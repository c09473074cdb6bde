using System.Text.Json;

namespace Schwab.Core.Tests.Simulator;

public sealed class SimulatorOrderLifecycleTests
{
    private static readonly DateTimeOffset s_open = new(2026, 11, 24, 14, 30, 0, TimeSpan.Zero); // 09:30 ET

    private static async Task<JsonElement> OrdersAsync(SimulatorHost host, string hash) =>
        await host.GetJsonAsync($"/trader/v1/accounts/{hash}/orders?fromEnteredTime=2026-11-24T00:00:00.000Z&toEnteredTime=2026-11-25T00:00:00.000Z");

    private static JsonElement Order(JsonElement orders, string strategy, string orderType) =>
        orders.EnumerateArray().Single(o => o.GetProperty("orderStrategyType").GetString() == strategy && o.GetProperty("orderType").GetString() == orderType);

    [Fact]
    public async Task Spread_WorkingPartialFilled_ActivitiesAndTransactionsGrow()
    {
        await using var host = await SimulatorHost.StartAsync(s_open.AddMinutes(31));
        string hash = await host.FirstAccountHashAsync();
        var working = Order(await OrdersAsync(host, hash), "SINGLE", "NET_CREDIT");
        Assert.Equal("WORKING", working.GetProperty("status").GetString());
        Assert.False(working.TryGetProperty("orderActivityCollection", out _));

        host.Time.Advance(TimeSpan.FromMinutes(2));
        var partial = Order(await OrdersAsync(host, hash), "SINGLE", "NET_CREDIT");
        Assert.Equal("WORKING", partial.GetProperty("status").GetString());
        Assert.Equal(1.0m, partial.GetProperty("filledQuantity").GetDecimal());
        Assert.Equal(1, partial.GetProperty("orderActivityCollection").GetArrayLength());
        Assert.Equal(2, partial.GetProperty("orderActivityCollection")[0].GetProperty("executionLegs").GetArrayLength());

        host.Time.Advance(TimeSpan.FromMinutes(3));
        var filled = Order(await OrdersAsync(host, hash), "SINGLE", "NET_CREDIT");
        Assert.Equal("FILLED", filled.GetProperty("status").GetString());
        Assert.Equal(2, filled.GetProperty("orderActivityCollection").GetArrayLength());
        Assert.EndsWith("+0000", filled.GetProperty("closeTime").GetString(), StringComparison.Ordinal);

        var transactions = await host.GetJsonAsync(
            $"/trader/v1/accounts/{hash}/transactions?startDate=2026-11-24T00:00:00.000Z&endDate=2026-11-25T00:00:00.000Z&types=TRADE");
        Assert.Equal(2, transactions.GetArrayLength());
        Assert.All(transactions.EnumerateArray(), t => Assert.Equal(filled.GetProperty("orderId").GetInt64(), t.GetProperty("orderId").GetInt64()));

        var versions = host.Simulator.Record.Orders.Where(o => o.OrderId == filled.GetProperty("orderId").GetInt64()).Select(o => (o.Status, o.FilledQuantity));
        Assert.Equal([("WORKING", 0m), ("WORKING", 1m), ("FILLED", 2m)], versions);
        Assert.Equal(2, host.Simulator.Record.Transactions.Count);
    }

    [Fact]
    public async Task Oco_OneChildFills_OtherCanceled()
    {
        await using var host = await SimulatorHost.StartAsync(s_open.AddMinutes(61), o => o.AccessTokenLifetime = TimeSpan.FromHours(4));
        string hash = await host.FirstAccountHashAsync();
        var before = Order(await OrdersAsync(host, hash), "OCO", "NET_DEBIT");
        Assert.Equal(["WORKING", "WORKING"], before.GetProperty("childOrderStrategies").EnumerateArray().Select(c => c.GetProperty("status").GetString()));

        host.Time.Advance(TimeSpan.FromMinutes(90));
        var after = Order(await OrdersAsync(host, hash), "OCO", "NET_DEBIT");
        Assert.Equal("FILLED", after.GetProperty("status").GetString());
        Assert.Equal(["FILLED", "CANCELED"], after.GetProperty("childOrderStrategies").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        long childId = after.GetProperty("childOrderStrategies")[0].GetProperty("orderId").GetInt64();
        var single = await host.GetJsonAsync($"/trader/v1/accounts/{hash}/orders/{childId}");
        Assert.Equal("FILLED", single.GetProperty("status").GetString());
        var positions = (await host.GetJsonAsync($"/trader/v1/accounts/{hash}?fields=positions")).GetProperty("securitiesAccount").GetProperty("positions");
        Assert.Equal(["SPY"], positions.EnumerateArray().Select(p => p.GetProperty("instrument").GetProperty("symbol").GetString()));
    }

    [Fact]
    public async Task DayOrder_AfterClose_Expired()
    {
        await using var host = await SimulatorHost.StartAsync(new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero));
        string hash = await host.FirstAccountHashAsync();
        var orders = await host.GetJsonAsync(
            $"/trader/v1/orders?fromEnteredTime=2026-11-24T00:00:00.000Z&toEnteredTime=2026-11-25T00:00:00.000Z&status=EXPIRED");
        var expired = Assert.Single(orders.EnumerateArray());
        Assert.Equal("LIMIT", expired.GetProperty("orderType").GetString());
        Assert.Equal("2026-11-24T21:00:00+0000", expired.GetProperty("closeTime").GetString());
        Assert.NotEmpty(hash);
    }

    [Fact]
    public async Task Orders_SameInstant_SameJson()
    {
        await using var a = await SimulatorHost.StartAsync();
        await using var b = await SimulatorHost.StartAsync();
        string hash = await a.FirstAccountHashAsync();
        Assert.Equal((await OrdersAsync(a, hash)).GetRawText(), (await OrdersAsync(b, hash)).GetRawText());
    }

    [Fact]
    public async Task TransactionById_ReturnsThatFill()
    {
        await using var host = await SimulatorHost.StartAsync();
        string hash = await host.FirstAccountHashAsync();
        var list = await host.GetJsonAsync(
            $"/trader/v1/accounts/{hash}/transactions?startDate=2026-11-24T00:00:00.000Z&endDate=2026-11-25T00:00:00.000Z&types=TRADE");
        long id = list[1].GetProperty("activityId").GetInt64();
        var one = await host.GetJsonAsync($"/trader/v1/accounts/{hash}/transactions/{id}");
        Assert.Equal(list[1].GetRawText(), Assert.Single(one.EnumerateArray()).GetRawText());
        using var missing = await host.Client.GetAsync(new Uri($"/trader/v1/accounts/{hash}/transactions/{id + 7}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
