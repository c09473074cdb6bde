using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api.Json;
using Schwab.Core.Data;
using Schwab.Core.Data.Orders;
using Schwab.Daemons.Transactions;
using Schwab.Simulator.Recording;

namespace Schwab.Daemons.Tests.Transactions;

public sealed partial class TransactionsDayTests(TransactionsDayFixture fixture) : IClassFixture<TransactionsDayFixture>
{
    private readonly TransactionsHarness _h = fixture.Harness;

    private string[] Numbers => [.. _h.Simulator.Account.Accounts.Select(a => a.AccountNumber)];

    [Fact]
    public async Task RunDay_ScriptedOrderBook_StoresExactlyOneRawRowPerDistinctVersion()
    {
        List<StoredRows.Json> stored = await _h.QueryAsync<StoredRows.Json>(
            "SELECT order_id AS OrderId, status AS Status, content_hash AS ContentHash, json AS JsonText FROM SCHWAB_JSON_TRANSACTIONS");
        IReadOnlyList<RecordedOrder> served = _h.Simulator.Record.Orders;
        var expected = served.GroupBy(o => o.OrderId)
            .ToDictionary(g => g.Key, g => g.Select(o => RawJsonRedactor.Redact(o.Json, Numbers)).Distinct().Order(StringComparer.Ordinal).ToList());

        Assert.Equal(expected.Keys.Order(), stored.Select(s => s.OrderId).Distinct().Order());
        foreach ((long orderId, List<string> versions) in expected)
        {
            Assert.Equal(versions, stored.Where(s => s.OrderId == orderId).Select(s => s.JsonText).Order(StringComparer.Ordinal));
        }

        // The script: a spread WORKING → partially filled → FILLED, an OCO WORKING → FILLED, a day order WORKING → EXPIRED.
        Assert.Equal(7, stored.Count);
        Assert.Equal(3, expected.Count);
        Assert.Equal([3, 2, 2], expected.OrderBy(e => e.Key).Select(e => e.Value.Count));
        Assert.All(stored, s => Assert.Equal(RawJsonRedactor.ContentHash(s.JsonText), s.ContentHash));
        Assert.All(stored, s => Assert.Contains("\"accountNumber\":\"***678\"", s.JsonText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunDay_ScriptedOrderBook_NormalisesOrdersChildrenLegsActivitiesAndFills()
    {
        long spread = SpreadId();
        string hash = _h.Simulator.Account.Accounts[0].HashValue;
        List<StoredRows.OrderRow> orders = await _h.QueryAsync<StoredRows.OrderRow>("""
            SELECT order_id AS OrderId, account_hash AS AccountHash, parent_order_id AS ParentOrderId, status AS Status,
                   order_strategy_type AS OrderStrategyType, filled_quantity AS FilledQuantity FROM SCHWAB_ORDERS ORDER BY order_id
            """);
        Assert.Equal(
            [(spread, null, "FILLED"), (spread + 1, null, "FILLED"), (spread + 2, spread + 1, "FILLED"), (spread + 3, spread + 1, "CANCELED"), (spread + 4, null, "EXPIRED")],
            orders.Select(o => (o.OrderId, o.ParentOrderId, o.Status)));
        Assert.All(orders, o => Assert.Equal(hash, o.AccountHash));
        Assert.Equal("OCO", orders[1].OrderStrategyType);

        List<StoredRows.Leg> legs = await _h.QueryAsync<StoredRows.Leg>("""
            SELECT order_id AS OrderId, leg_id AS LegId, symbol AS Symbol, instruction AS Instruction, position_effect AS PositionEffect,
                   put_call AS PutCall, quantity AS Quantity FROM SCHWAB_ORDER_LEGS ORDER BY order_id, leg_id
            """);
        Assert.Equal(
            [(spread, 1L, "SELL_TO_OPEN"), (spread, 2L, "BUY_TO_OPEN"), (spread + 2, 1L, "BUY_TO_CLOSE"), (spread + 2, 2L, "SELL_TO_CLOSE"),
             (spread + 3, 1L, "BUY_TO_CLOSE"), (spread + 4, 1L, "SELL_TO_OPEN")],
            legs.Select(l => (l.OrderId, l.LegId, l.Instruction!)));
        Assert.Equal(["PUT", "PUT", "PUT", "PUT", "PUT", "CALL"], legs.Select(l => l.PutCall));

        List<StoredRows.Activity> activities = await _h.QueryAsync<StoredRows.Activity>("""
            SELECT order_id AS OrderId, activity_id AS ActivityId, activity_type AS ActivityType, quantity AS Quantity,
                   order_remaining_quantity AS OrderRemainingQuantity FROM SCHWAB_ORDER_ACTIVITIES ORDER BY order_id, activity_id
            """);
        Assert.Equal(
            [(spread, spread * 10, 1m, 1m), (spread, (spread * 10) + 1, 1m, 0m), (spread + 2, (spread + 2) * 10, 2m, 0m)],
            activities.Select(a => (a.OrderId, a.ActivityId, Dec(a.Quantity), Dec(a.OrderRemainingQuantity))));
        Assert.All(activities, a => Assert.Equal("EXECUTION", a.ActivityType));

        List<StoredRows.Execution> fills = await _h.QueryAsync<StoredRows.Execution>("""
            SELECT order_id AS OrderId, activity_id AS ActivityId, leg_id AS LegId, price AS Price, quantity AS Quantity, time AS Time
            FROM SCHWAB_EXECUTION_LEGS ORDER BY order_id, activity_id, leg_id
            """);
        Assert.Equal(
            [(spread, 1L, 3.10m), (spread, 2L, 1.60m), (spread, 1L, 3.10m), (spread, 2L, 1.60m), (spread + 2, 1L, 0.70m), (spread + 2, 2L, 0.20m)],
            fills.Select(f => (f.OrderId, f.LegId, Dec(f.Price))));
        DateTimeOffset entered = Entered(spread), oco = Entered(spread + 1);
        Assert.Equal(
            [entered.AddMinutes(2), entered.AddMinutes(2), entered.AddMinutes(5), entered.AddMinutes(5), oco.AddMinutes(90), oco.AddMinutes(90)],
            fills.Select(f => SqliteText.ToInstant(f.Time!)));
    }

    [Fact]
    public async Task RunDay_FilledOrders_OneSpreadSummaryEach()
    {
        long spread = SpreadId();
        List<StoredRows.Spread> spreads = await _h.QueryAsync<StoredRows.Spread>("""
            SELECT order_id AS OrderId, strategy AS Strategy, quantity AS Quantity, net_price AS NetPrice, put_call AS PutCall,
                   position_effect AS PositionEffect, short_symbol AS ShortSymbol, long_symbol AS LongSymbol, short_strike AS ShortStrike,
                   long_strike AS LongStrike, expiration AS Expiration, filled_at AS FilledAt FROM SCHWAB_SPREADS ORDER BY order_id
            """);

        // The OCO parent has no legs and its stop child was cancelled: only the opening spread and the take-profit close.
        Assert.Equal([spread, spread + 2], spreads.Select(s => s.OrderId));
        StoredRows.Spread open = spreads[0], close = spreads[1];
        Assert.Equal(("VERTICAL", 2m, 1.50m, "PUT", "OPENING"), (open.Strategy, Dec(open.Quantity), Dec(open.NetPrice), open.PutCall, open.PositionEffect));
        Assert.Equal(("VERTICAL", 2m, -0.50m, "PUT", "CLOSING"), (close.Strategy, Dec(close.Quantity), Dec(close.NetPrice), close.PutCall, close.PositionEffect));
        Assert.Equal(10m, Dec(open.ShortStrike) - Dec(open.LongStrike));
        Assert.Equal((open.ShortSymbol, open.LongSymbol), (close.LongSymbol, close.ShortSymbol));
        Assert.Equal(open.ShortStrike, close.LongStrike);
        Assert.Equal(["2026-03-02", "2026-03-02"], spreads.Select(s => s.Expiration));
        Assert.Equal(Entered(spread).AddMinutes(5), SqliteText.ToInstant(open.FilledAt!));
        Assert.Equal(Entered(spread + 1).AddMinutes(90), SqliteText.ToInstant(close.FilledAt!));
    }

    [Fact]
    public async Task RunDay_AccountTransactions_StoredOnceEachDespiteRepolling()
    {
        IReadOnlyList<RecordedTransaction> served = _h.Simulator.Record.Transactions;
        List<StoredRows.Transaction> stored = await _h.QueryAsync<StoredRows.Transaction>(
            "SELECT activity_id AS ActivityId, account_hash AS AccountHash, order_id AS OrderId, type AS Type, json AS JsonText FROM SCHWAB_TRANSACTIONS ORDER BY activity_id");

        long spread = SpreadId();
        Assert.Equal([spread * 10, (spread * 10) + 1, (spread + 2) * 10], stored.Select(t => t.ActivityId));
        Assert.True(served.Count >= 3 * stored.Count, $"each transaction should have been served several times, got {served.Count}");
        foreach (StoredRows.Transaction t in stored)
        {
            Assert.Equal(RawJsonRedactor.Redact(served.First(s => s.ActivityId == t.ActivityId).Json, Numbers), t.JsonText);
            Assert.Equal(("TRADE", _h.Simulator.Account.Accounts[0].HashValue), (t.Type, t.AccountHash));
        }

        // One more poll after the day adds nothing.
        await _h.Services.GetRequiredService<TransactionsCollector>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(stored.Count, (await _h.QueryAsync<long>("SELECT COUNT(*) FROM SCHWAB_TRANSACTIONS")).Single());
    }

    private long SpreadId() => _h.Simulator.Record.Orders.Min(o => o.OrderId);

    private DateTimeOffset Entered(long orderId)
    {
        using var doc = JsonDocument.Parse(_h.Simulator.Record.Orders.First(o => o.OrderId == orderId).Json);
        return SchwabTimestamps.Parse(doc.RootElement.GetProperty("enteredTime").GetString()!);
    }

    private static decimal Dec(string? text) => decimal.Parse(text!, CultureInfo.InvariantCulture);
}
