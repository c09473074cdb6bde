using Schwab.Core.Reports.Journal;
using Schwab.Core.Time;

namespace Schwab.Core.Reports;

/// <summary>Builds the <see cref="DailyReport"/> of one exchange day.</summary>
internal sealed class DailyReportBuilder(ReportStore store, MarketClock clock, TimeProvider time)
{
    /// <summary>How far back the symbols of minute candles are looked for, so a symbol with no candle on the day still shows a gap.</summary>
    private static readonly TimeSpan s_candleSymbolLookback = TimeSpan.FromDays(10);

    /// <summary>The newest exchange day whose regular session has begun (today once the bell rang, else the trading day before).</summary>
    public async Task<DateOnly> LatestTradingDayAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        DateOnly today = MarketClock.ExchangeDate(now);
        for (int back = 0; back < 14; back++)
        {
            TradingDay day = await clock.GetDayAsync(today.AddDays(-back), cancellationToken);
            if (day.IsOpen && day.Regular!.Start <= now)
            {
                return day.Date;
            }
        }

        return today;
    }

    /// <summary>
    /// Counts <paramref name="day"/> (New York midnight to midnight), finds gaps in its regular session (up to now when the
    /// session is still running), and reads the journal through <paramref name="journal"/> (null: reported as not read).
    /// </summary>
    /// <param name="day">The exchange date.</param>
    /// <param name="journal">The journal reader, or null to skip the journal.</param>
    /// <param name="quoteGapMinutes">The shortest quote silence reported as a gap.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<DailyReport> BuildAsync(DateOnly day, JournalctlReader? journal, int quoteGapMinutes, CancellationToken cancellationToken)
    {
        DateTimeOffset from = MarketClock.AtExchangeTime(day, TimeOnly.MinValue);
        DateTimeOffset to = MarketClock.AtExchangeTime(day.AddDays(1), TimeOnly.MinValue);
        TradingDay session = await clock.GetDayAsync(day, cancellationToken);
        IReadOnlyList<DatasetCount> counts = await store.CountAsync(from, to, cancellationToken);
        IReadOnlyList<ChainSnapshotCount> chains = await store.ChainCadencesAsync(from, to, cancellationToken);
        IReadOnlyList<ReportGap> gaps = session is { IsOpen: true, Regular: { } regular }
            ? await GapsAsync(regular, quoteGapMinutes, cancellationToken)
            : [];
        JournalSummary summary = journal is null
            ? JournalSummary.Unavailable("not read (--no-journal)")
            : await journal.ReadAsync(from, to, cancellationToken);
        return new DailyReport(day, from, to, session, counts, chains, gaps, summary);
    }

    private async Task<IReadOnlyList<ReportGap>> GapsAsync(SessionWindow regular, int quoteGapMinutes, CancellationToken cancellationToken)
    {
        DateTimeOffset now = MinuteGaps.Truncate(time.GetUtcNow());
        if (now <= regular.Start)
        {
            return [];
        }

        var window = new SessionWindow(regular.Start, regular.End < now ? regular.End : now);
        var gaps = new List<ReportGap>();
        HashSet<DateTimeOffset> quotes = await store.QuoteMinutesAsync(window.Start, window.End, cancellationToken);
        gaps.AddRange(MinuteGaps.Find("quotes", null, window, quotes, quoteGapMinutes));
        HashSet<DateTimeOffset> chains = await store.ChainMinutesAsync("1min", window.Start, window.End, cancellationToken);
        gaps.AddRange(MinuteGaps.Find("chains-1min", null, window, chains));

        IReadOnlyList<string> symbols = await store.CandleSymbolsAsync(window.Start - s_candleSymbolLookback, window.End, cancellationToken);
        ILookup<string, DateTimeOffset> candles = await store.CandleMinutesAsync(window.Start, window.End, cancellationToken);
        foreach (string symbol in symbols)
        {
            gaps.AddRange(MinuteGaps.Find("minuteCandles", symbol, window, candles[symbol].ToHashSet()));
        }

        return gaps;
    }
}
