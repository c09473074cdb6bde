using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Domain;
using Schwab.Core.Time;

namespace Schwab.Core.Data.Candles;

/// <summary>
/// Finds and fills candle gaps; shared by <c>schwab-ohlc</c> (scheduled runs) and <c>schwabctl backfill ohlc</c>. Not registered:
/// callers create it with <c>ActivatorUtilities</c> in a scope (it needs the transient <see cref="SchwabClient"/> and the data stores).
/// </summary>
/// <remarks>
/// A <b>minute gap</b> is a run of at least <see cref="OhlcOptions.MinGapMinutes"/> consecutive minutes of a trading day's
/// regular session (from <see cref="MarketClock"/>, so holidays and early closes count) with no stored candle, looking only
/// at minutes that are complete by now. Schwab omits minutes without trades, so shorter runs are taken as quiet minutes;
/// extended-hours minutes are not requested and not checked. A day with a gap is fetched again as a whole (one request per
/// day, the window Schwab's minute history is cut in) and upserted, so existing rows stay as they are unless Schwab changed
/// them. A <b>missing day</b> is a completed trading day with no daily candle (stamped 00:00 US/Central).
/// </remarks>
internal sealed class CandleCollector(
    SchwabClient client, CandleStore store, MarketClock clock, IOptions<OhlcOptions> options, TimeProvider time, ILogger<CandleCollector> logger)
{
    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);
    private static readonly TimeZoneInfo Central = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    /// <summary>The daily-candle stamp Schwab uses for <paramref name="date"/>: 00:00 US/Central, in UTC.</summary>
    public static DateTimeOffset DailyStamp(DateOnly date)
    {
        DateTime local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Central.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The scheduled run for one symbol: minute gaps over the last <see cref="OhlcOptions.MinuteDays"/> trading days, and the daily candles of the last <see cref="OhlcOptions.DailyMonths"/> months fetched again.</summary>
    public async Task<CandleFill> CollectAsync(string symbol, CancellationToken cancellationToken)
    {
        DateOnly today = MarketClock.ExchangeDate(time.GetUtcNow());
        DateOnly minuteFrom = await MinuteWindowStartAsync(today, cancellationToken);
        CandleFill minutes = await FillMinutesAsync(symbol, minuteFrom, today, null, cancellationToken);
        DateOnly dailyFrom = today.AddMonths(-options.Value.DailyMonths);
        IReadOnlyList<DateOnly> missingDays = await FindMissingDaysAsync(symbol, dailyFrom, today, cancellationToken);
        int daysWritten = await FetchDaysAsync(symbol, dailyFrom, today, cancellationToken);
        return minutes with { MissingDays = missingDays, DaysWritten = daysWritten };
    }

    /// <summary>Finds the minute gaps and missing daily candles of <paramref name="symbol"/> between two exchange dates (inclusive) and fetches them.</summary>
    /// <param name="symbol">The symbol, e.g. <c>$SPX</c>.</param>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date.</param>
    /// <param name="progress">Told (done, total) after each fetch; null for none.</param>
    /// <param name="cancellationToken">Cancels the fill.</param>
    public async Task<CandleFill> FillAsync(string symbol, DateOnly from, DateOnly to, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<DateOnly> missingDays = await FindMissingDaysAsync(symbol, from, to, cancellationToken);
        CandleFill minutes = await FillMinutesAsync(symbol, from, to, progress, cancellationToken);
        int daysWritten = missingDays.Count == 0 ? 0 : await FetchDaysAsync(symbol, missingDays[0], missingDays[^1], cancellationToken);
        return minutes with { MissingDays = missingDays, DaysWritten = daysWritten };
    }

    /// <summary>The minute gaps of <paramref name="symbol"/> on the trading days between two exchange dates (inclusive).</summary>
    public async Task<IReadOnlyList<MinuteGap>> FindMinuteGapsAsync(string symbol, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var gaps = new List<MinuteGap>();
        for (DateOnly date = from; date <= to; date = date.AddDays(1))
        {
            gaps.AddRange(await DayGapsAsync(symbol, await clock.GetDayAsync(date, cancellationToken), cancellationToken));
        }

        return gaps;
    }

    /// <summary>The completed trading days between two exchange dates (inclusive) with no stored daily candle.</summary>
    public async Task<IReadOnlyList<DateOnly>> FindMissingDaysAsync(string symbol, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        IReadOnlySet<DateTimeOffset> stored = await store.GetTimesAsync(CandleTable.Day, symbol, DailyStamp(from), DailyStamp(to.AddDays(1)), cancellationToken);
        var missing = new List<DateOnly>();
        DateTimeOffset now = time.GetUtcNow();
        for (DateOnly date = from; date <= to; date = date.AddDays(1))
        {
            TradingDay day = await clock.GetDayAsync(date, cancellationToken);
            if (day.IsOpen && day.Regular!.End <= now && !stored.Contains(DailyStamp(date)))
            {
                missing.Add(date);
            }
        }

        return missing;
    }

    private async Task<CandleFill> FillMinutesAsync(string symbol, DateOnly from, DateOnly to, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<MinuteGap> gaps = await FindMinuteGapsAsync(symbol, from, to, cancellationToken);
        List<DateOnly> days = [.. gaps.Select(g => g.Date).Distinct()];
        progress?.Report((0, days.Count));
        int written = 0;
        var left = new List<MinuteGap>();
        for (int i = 0; i < days.Count; i++)
        {
            TradingDay day = await clock.GetDayAsync(days[i], cancellationToken);
            int dayWritten = await FetchMinutesAsync(symbol, day, cancellationToken);
            written += dayWritten;
            IReadOnlyList<MinuteGap> still = await DayGapsAsync(symbol, day, cancellationToken);
            int wasMissing = gaps.Where(g => g.Date == day.Date).Sum(g => g.Minutes);
            Log.CandleDayFilled(logger, symbol, day.Date, dayWritten, wasMissing);
            foreach (MinuteGap gap in still)
            {
                Log.CandleGapRemains(logger, symbol, gap.Date, gap.Minutes, gap.Start);
            }

            left.AddRange(still);
            progress?.Report((i + 1, days.Count));
        }

        return new CandleFill(symbol, gaps, [], written, 0, left);
    }

    private async Task<IReadOnlyList<MinuteGap>> DayGapsAsync(string symbol, TradingDay day, CancellationToken cancellationToken)
    {
        if (!day.IsOpen)
        {
            return [];
        }

        DateTimeOffset now = time.GetUtcNow();
        DateTimeOffset start = day.Regular!.Start;
        DateTimeOffset end = Min(day.Regular.End, new DateTimeOffset(now.Ticks - (now.Ticks % OneMinute.Ticks), TimeSpan.Zero));
        if (end <= start)
        {
            return [];
        }

        IReadOnlySet<DateTimeOffset> stored = await store.GetTimesAsync(CandleTable.Minute, symbol, start, end, cancellationToken);
        var gaps = new List<MinuteGap>();
        DateTimeOffset? runStart = null;
        for (DateTimeOffset t = start; t <= end; t += OneMinute)
        {
            bool missing = t < end && !stored.Contains(t);
            if (missing)
            {
                runStart ??= t;
            }
            else if (runStart is { } s)
            {
                if ((t - s) >= OneMinute * options.Value.MinGapMinutes)
                {
                    gaps.Add(new MinuteGap(symbol, day.Date, s, t));
                }

                runStart = null;
            }
        }

        return gaps;
    }

    private async Task<int> FetchMinutesAsync(string symbol, TradingDay day, CancellationToken cancellationToken)
    {
        DateTimeOffset start = day.Regular!.Start, end = Min(day.Regular.End, time.GetUtcNow());
        PriceHistory history = await client.MarketData.GetPriceHistoryAsync(new PriceHistoryRequest
        {
            Symbol = symbol, PeriodType = "day", FrequencyType = "minute", Frequency = 1, StartDate = start, EndDate = end, NeedExtendedHoursData = false,
        }, cancellationToken);

        // Schwab has been seen to ignore the start bound; keep only the asked-for session.
        return await store.UpsertAsync(CandleTable.Minute, [.. history.Candles.Where(c => c.Time >= start && c.Time < end).Select(c => c with { Symbol = symbol })], cancellationToken);
    }

    private async Task<int> FetchDaysAsync(string symbol, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        PriceHistory history = await client.MarketData.GetPriceHistoryAsync(new PriceHistoryRequest
        {
            Symbol = symbol, PeriodType = "year", FrequencyType = "daily", Frequency = 1,
            StartDate = MarketClock.AtExchangeTime(from, TimeOnly.MinValue), EndDate = Min(now, MarketClock.AtExchangeTime(to, new TimeOnly(23, 59))),
        }, cancellationToken);
        DateTimeOffset first = DailyStamp(from), last = DailyStamp(to.AddDays(1));
        return await store.UpsertAsync(CandleTable.Day, [.. history.Candles.Where(c => c.Time >= first && c.Time < last).Select(c => c with { Symbol = symbol })], cancellationToken);
    }

    private async Task<DateOnly> MinuteWindowStartAsync(DateOnly today, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        DateOnly date = today, first = today;
        int found = 0;
        for (int i = 0; i < (options.Value.MinuteDays * 2) + 14 && found < options.Value.MinuteDays; i++, date = date.AddDays(-1))
        {
            TradingDay day = await clock.GetDayAsync(date, cancellationToken);
            if (day.IsOpen && day.Regular!.Start < now)
            {
                found++;
                first = date;
            }
        }

        return first;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
