using System.Globalization;
using Schwab.Simulator.Account;
using Schwab.Simulator.Json;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Http;

/// <summary>Orders and transactions queries (schwab-api.md §2.1, §2.4).</summary>
internal sealed class TraderHistoryEndpoints(SimulatorState state)
{
    public SimResponse Orders(SimContext ctx, SimulatedAccountInfo? account, TimeSpan maxRange)
    {
        if (!TraderEndpoints.TryTime(ctx.Get("fromEnteredTime"), out var from) || !TraderEndpoints.TryTime(ctx.Get("toEnteredTime"), out var to))
        {
            return TraderEndpoints.Error(400, "fromEnteredTime and toEnteredTime are required, as ISO-8601 date-times (yyyy-MM-dd'T'HH:mm:ss.SSSZ)");
        }

        if (to < from || to - from > maxRange)
        {
            return TraderEndpoints.Error(400, $"toEnteredTime must be after fromEnteredTime and within {maxRange.TotalDays:0} days of it");
        }

        int max = ctx.GetInt("maxResults") ?? 3000;
        string? status = ctx.Get("status");
        var accounts = account is null ? state.Account.Accounts : [account];
        var orders = accounts.SelectMany(a => state.Account.GetOrders(a.AccountNumber, from, to, ctx.Now))
            .Where(o => status is null || o.Status == status).Take(max).ToList();
        return SimResponse.Json(JsonOut.Write(w =>
        {
            w.WriteStartArray();
            orders.ForEach(o => OrderJson.Write(w, o));
            w.WriteEndArray();
        })) with { OnServed = () => TraderEndpoints.RecordOrders(state, ctx.Now, orders) };
    }

    public SimResponse Order(SimContext ctx, SimulatedAccountInfo account, string idText)
    {
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            return TraderEndpoints.Error(400, $"order id '{idText}' is not a number");
        }

        // Order ids encode their trading day; look that day up rather than scanning history.
        var day = DateOnly.FromDayNumber((int)((id - 1_000_000_000_000) / 10));
        var orders = id > 1_000_000_000_000 && day.Year is > 1990 and < 2200
            ? state.Account.GetOrders(account.AccountNumber, Start(day), Start(day.AddDays(1)), ctx.Now)
            : [];
        var order = orders.SelectMany(o => o.Children.Prepend(o)).FirstOrDefault(o => o.OrderId == id);
        if (order is null)
        {
            return TraderEndpoints.Error(404, $"Order {id} not found");
        }

        return SimResponse.Json(OrderJson.WriteOne(order)) with { OnServed = () => TraderEndpoints.RecordOrders(state, ctx.Now, [order]) };
    }

    public SimResponse Transactions(SimContext ctx, SimulatedAccountInfo account)
    {
        if (!TraderEndpoints.TryTime(ctx.Get("startDate"), out var from) || !TraderEndpoints.TryTime(ctx.Get("endDate"), out var to))
        {
            return TraderEndpoints.Error(400, "startDate and endDate are required, as ISO-8601 date-times (yyyy-MM-dd'T'HH:mm:ss.SSSZ)");
        }

        if (ctx.Get("types") is not { } types)
        {
            return TraderEndpoints.Error(400, "types is required (e.g. TRADE)");
        }

        if (to < from || to - from > TimeSpan.FromDays(366))
        {
            return TraderEndpoints.Error(400, "endDate must be after startDate and within 1 year of it");
        }

        bool trades = types.Split(',', StringSplitOptions.TrimEntries).Contains("TRADE");
        string? symbol = ctx.Get("symbol");
        var fills = trades
            ? state.Account.GetFills(account.AccountNumber, from, to, ctx.Now)
                .Where(f => symbol is null || f.Order.Legs.Any(l => l.Symbol == symbol)).Take(3000).ToList()
            : [];
        return Respond(ctx, fills);
    }

    public SimResponse Transaction(SimContext ctx, SimulatedAccountInfo account, string idText)
    {
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            return TraderEndpoints.Error(400, $"transaction id '{idText}' is not a number");
        }

        var day = DateOnly.FromDayNumber((int)Math.Clamp(((id / 10) - 1_000_000_000_000) / 10, 0, 3_000_000));
        var fills = state.Account.GetFills(account.AccountNumber, Start(day), Start(day.AddDays(1)), ctx.Now)
            .Where(f => f.Execution.ActivityId == id).ToList();
        return fills.Count == 0 ? TraderEndpoints.Error(404, $"Transaction {id} not found") : Respond(ctx, fills);
    }

    private SimResponse Respond(SimContext ctx, List<(SimulatedOrder Order, SimulatedExecution Execution)> fills)
    {
        var texts = fills.Select(f => (f, System.Text.Encoding.UTF8.GetString(JsonOut.Write(w => TransactionJson.Write(w, f.Order, f.Execution))))).ToList();
        return SimResponse.Json(JsonOut.Write(w =>
        {
            w.WriteStartArray();
            texts.ForEach(t => w.WriteRawValue(t.Item2, skipInputValidation: true));
            w.WriteEndArray();
        })) with
        {
            OnServed = () => texts.ForEach(t => state.Record.Add(new RecordedTransaction(ctx.Now, t.f.Execution.ActivityId, t.f.Order.OrderId, t.Item2))),
        };
    }

    private static DateTimeOffset Start(DateOnly day) => Market.ExchangeTime.At(day, TimeOnly.MinValue);
}
