using Schwab.Simulator.Json;
using Schwab.Simulator.Market;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Http;

/// <summary><c>GET /marketdata/v1/pricehistory</c> (schwab-api.md §2.9).</summary>
internal sealed class PriceHistoryEndpoint(SimulatorState state)
{
    private static readonly Dictionary<string, (int[] Periods, int DefaultPeriod, string[] Frequencies, string DefaultFrequency)> s_rules = new()
    {
        ["day"] = ([1, 2, 3, 4, 5, 10], 10, ["minute"], "minute"),
        ["month"] = ([1, 2, 3, 6], 1, ["daily", "weekly"], "weekly"),
        ["year"] = ([1, 2, 3, 5, 10, 15, 20], 1, ["daily", "weekly", "monthly"], "monthly"),
        ["ytd"] = ([1], 1, ["daily", "weekly"], "weekly"),
    };

    public SimResponse Handle(SimContext ctx)
    {
        string? symbol = ctx.Get("symbol");
        if (symbol is null || InstrumentInfo.Find(symbol) is null)
        {
            return Bad(symbol is null ? "symbol is required" : $"the simulator has no price history for '{symbol}'", "symbol");
        }

        string periodType = ctx.Get("periodType") ?? "day";
        if (!s_rules.TryGetValue(periodType, out var rule))
        {
            return Bad("periodType must be one of day, month, year, ytd", "periodType");
        }

        int period = ctx.GetInt("period") ?? rule.DefaultPeriod;
        string frequencyType = ctx.Get("frequencyType") ?? rule.DefaultFrequency;
        int frequency = ctx.GetInt("frequency") ?? 1;
        if (!rule.Periods.Contains(period))
        {
            return Bad($"period {period} is not valid for periodType {periodType}", "period");
        }

        if (!rule.Frequencies.Contains(frequencyType))
        {
            return Bad($"frequencyType {frequencyType} is not valid for periodType {periodType}", "frequencyType");
        }

        if (frequencyType == "minute" ? frequency is not (1 or 5 or 10 or 15 or 30) : frequency != 1)
        {
            return Bad($"frequency {frequency} is not valid for frequencyType {frequencyType}", "frequency");
        }

        var end = ctx.GetLong("endDate") is { } e ? DateTimeOffset.FromUnixTimeMilliseconds(e) : ctx.Now;
        var start = ctx.GetLong("startDate") is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : DefaultStart(periodType, period, end);
        if (start > end)
        {
            return Bad("startDate must not be after endDate", "startDate");
        }

        var candles = frequencyType == "minute"
            ? state.Market.GetMinuteCandles(symbol, start, end, frequency, ctx.GetBool("needExtendedHoursData", true), ctx.Now)
            : Aggregate(state.Market.GetDailyCandles(symbol, ExchangeTime.DateOf(start), ExchangeTime.DateOf(end), ctx.Now), frequencyType);
        (decimal, DateTimeOffset)? previous = null;
        if (ctx.GetBool("needPreviousClose", false))
        {
            var prior = state.Market.Calendar.PreviousOpenDay(candles.Count > 0 ? DateOfCandle(candles[0]) : ExchangeTime.DateOf(start));
            var daily = state.Market.GetDailyCandles(symbol, prior.Date, prior.Date, ctx.Now);
            previous = daily.Count > 0 ? (daily[0].Close, daily[0].Time) : null;
        }

        return SimResponse.Json(PriceHistoryJson.Write(symbol, candles, previous)) with
        {
            OnServed = () => state.Record.Add(new RecordedPriceHistory(ctx.Now, symbol, ctx.Query, candles)),
        };
    }

    private static SimResponse Bad(string detail, string parameter) =>
        MarketDataEndpoints.BadRequest(400, "Bad Request", detail, parameter);

    private static DateOnly DateOfCandle(Candle candle) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(candle.Time, ExchangeTime.Central).DateTime);

    private DateTimeOffset DefaultStart(string periodType, int period, DateTimeOffset end)
    {
        var date = ExchangeTime.DateOf(end);
        switch (periodType)
        {
            case "day":
                var day = state.Market.Calendar.Day(date).IsOpen ? state.Market.Calendar.Day(date) : state.Market.Calendar.PreviousOpenDay(date);
                for (int i = 1; i < period; i++)
                {
                    day = state.Market.Calendar.PreviousOpenDay(day.Date);
                }

                return ExchangeTime.At(day.Date, TimeOnly.MinValue);
            case "month":
                return ExchangeTime.At(date.AddMonths(-period), TimeOnly.MinValue);
            case "year":
                return ExchangeTime.At(date.AddYears(-period), TimeOnly.MinValue);
            default:
                return ExchangeTime.At(new DateOnly(date.Year, 1, 1), TimeOnly.MinValue);
        }
    }

    private static List<Candle> Aggregate(IReadOnlyList<Candle> daily, string frequencyType)
    {
        if (frequencyType == "daily")
        {
            return [.. daily];
        }

        return daily.GroupBy(c =>
            {
                var d = DateOfCandle(c);
                return frequencyType == "weekly" ? d.AddDays(-(((int)d.DayOfWeek + 6) % 7)) : new DateOnly(d.Year, d.Month, 1);
            })
            .Select(g => new Candle(g.First().Time, g.First().Open, g.Max(c => c.High), g.Min(c => c.Low), g.Last().Close, g.Sum(c => c.Volume)))
            .ToList();
    }
}
