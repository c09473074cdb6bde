using System.Globalization;
using Schwab.Simulator.Json;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Http;

/// <summary><c>GET /marketdata/v1/markets</c> and <c>/markets/{id}</c> (schwab-api.md §2.10).</summary>
internal sealed class MarketHoursEndpoint(SimulatorState state)
{
    public SimResponse Handle(SimContext ctx, string? marketList)
    {
        var markets = (marketList ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(m => m.ToLowerInvariant()).Distinct().ToList();
        if (markets.Count == 0)
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "markets is required: equity, option", "markets");
        }

        if (markets.FirstOrDefault(m => m is not ("equity" or "option")) is { } unsupported)
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", $"market '{unsupported}' is not served by the simulator (equity, option)", "markets");
        }

        var today = ExchangeTime.DateOf(ctx.Now);
        var date = today;
        if (ctx.Get("date") is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "date must be yyyy-MM-dd", "date");
        }

        if (date < today.AddDays(-7))
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "Date cannot be more than 7 days in the past.", "date");
        }

        if (date > today.AddYears(1))
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "Date cannot be beyond 1 year from today", "date");
        }

        return SimResponse.Json(MarketHoursJson.Write(markets, state.Market.GetTradingDay(date)));
    }
}
