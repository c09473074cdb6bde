using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Data.Candles;
using Schwab.Core.Hosting;
using Schwab.Core.Time;
using Schwab.Simulator.Faults;
using Sim = Schwab.Simulator.Market;

namespace Schwab.Daemons.Tests.Ohlc;

public sealed class OhlcWorkerTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private static readonly DateOnly Thanksgiving = new(2026, 11, 26);
    private static readonly DateOnly EarlyClose = new(2026, 11, 27);
    private static readonly string[] Symbols = ["$SPX", "$VIX"];

    [Fact]
    public async Task RunOnceAsync_AfterEarlyCloseWithHolidayInWindow_StoresExactlyTheSimulatorsCandles()
    {
        await using OhlcHarness h = await OhlcHarness.StartAsync(Monday);
        h.At(EarlyClose, new TimeOnly(16, 15));

        var results = await h.Worker.RunOnceAsync(CancellationToken.None);

        DateTimeOffset now = h.Time.GetUtcNow();
        foreach (string symbol in Symbols)
        {
            Assert.NotNull(results[symbol]);

            // The last 10 trading days: Nov 13 and 16–20, 23–25, 27 (Thanksgiving closed).
            DateTimeOffset from = MarketClock.AtExchangeTime(new DateOnly(2026, 11, 13), TimeOnly.MinValue);
            Assert.Equal(Keys(h.Simulator.Market.GetMinuteCandles(symbol, from, now, 1, false, now)), Keys(await h.StoredAsync(CandleTable.Minute, symbol)));
            Assert.Equal(10, (await h.StoredAsync(CandleTable.Minute, symbol)).Select(c => MarketClock.ExchangeDate(c.Time)).Distinct().Count());
            Assert.DoesNotContain(await h.StoredAsync(CandleTable.Minute, symbol), c => MarketClock.ExchangeDate(c.Time) == Thanksgiving);

            // The early close: 09:30–12:59 ET.
            var lastDay = (await h.StoredAsync(CandleTable.Minute, symbol)).Where(c => MarketClock.ExchangeDate(c.Time) == EarlyClose).ToList();
            Assert.Equal(210, lastDay.Count);
            Assert.Equal(MarketClock.AtExchangeTime(EarlyClose, new TimeOnly(12, 59)), lastDay[^1].Time);

            // Two months of daily candles, stamped 00:00 US/Central.
            var simDays = h.Simulator.Market.GetDailyCandles(symbol, EarlyClose.AddMonths(-2), EarlyClose, now);
            Assert.Equal(Keys(simDays), Keys(await h.StoredAsync(CandleTable.Day, symbol)));
            Assert.All(await h.StoredAsync(CandleTable.Day, symbol), c => Assert.Equal(CandleCollector.DailyStamp(MarketClock.ExchangeDate(c.Time)), c.Time));
        }

        // Recorded responses agree too: every minute candle served is stored.
        var served = h.Simulator.Record.PriceHistories.Where(r => r.Query.Contains("frequencyType=minute", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, served.Count);
        Assert.Equal(served.Sum(r => r.Candles.Count), (await h.StoredAsync(CandleTable.Minute, "$SPX")).Count + (await h.StoredAsync(CandleTable.Minute, "$VIX")).Count);
    }

    [Fact]
    public async Task RunOnceAsync_SecondRunWithNothingMissing_FetchesNoMinutesAndWritesNothing()
    {
        await using OhlcHarness h = await OhlcHarness.StartAsync(Monday);
        h.At(new DateOnly(2026, 11, 20), new TimeOnly(16, 15));
        await h.Worker.RunOnceAsync(CancellationToken.None);
        int requests = h.Simulator.Record.PriceHistories.Count;
        var before = Keys(await h.StoredAsync(CandleTable.Minute, "$SPX"));

        h.At(new DateOnly(2026, 11, 21), new TimeOnly(9, 15));
        var results = await h.Worker.RunOnceAsync(CancellationToken.None);

        Assert.All(Symbols, s => Assert.Equal(0, results[s]!.MinutesWritten + results[s]!.DaysWritten));
        Assert.All(Symbols, s => Assert.Empty(results[s]!.MinuteGaps));
        Assert.Equal(requests + 2, h.Simulator.Record.PriceHistories.Count); // only the daily refresh of each symbol
        Assert.Equal(before, Keys(await h.StoredAsync(CandleTable.Minute, "$SPX")));
    }

    [Fact]
    public async Task RunOnceAsync_AfterAnOutageRun_NextRunFillsTheMissedDay()
    {
        await using OhlcHarness h = await OhlcHarness.StartAsync(Monday);
        h.At(new DateOnly(2026, 11, 18), new TimeOnly(16, 15));
        await h.Worker.RunOnceAsync(CancellationToken.None);

        h.At(new DateOnly(2026, 11, 19), new TimeOnly(16, 15));
        h.Simulator.Faults.Add(new HttpFault { PathPrefix = "/marketdata/v1/pricehistory", StatusCode = 503, Duration = TimeSpan.FromHours(1) });
        var failed = await h.Worker.RunOnceAsync(CancellationToken.None);
        Assert.All(Symbols, s => Assert.Null(failed[s]));
        Assert.Contains("503", h.Services.GetRequiredService<DaemonStatus>().LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(await h.StoredAsync(CandleTable.Minute, "$SPX"), c => MarketClock.ExchangeDate(c.Time) == new DateOnly(2026, 11, 19));

        h.At(new DateOnly(2026, 11, 20), new TimeOnly(9, 15));
        var filled = await h.Worker.RunOnceAsync(CancellationToken.None);

        DateTimeOffset now = h.Time.GetUtcNow();
        foreach (string symbol in Symbols)
        {
            Assert.Equal([new DateOnly(2026, 11, 19)], filled[symbol]!.MinuteGaps.Select(g => g.Date).Distinct());
            Assert.Empty(filled[symbol]!.MinuteGapsLeft);
            // The first run (Nov 18) covered Nov 5–18; the failed one stored nothing.
            DateTimeOffset from = MarketClock.AtExchangeTime(new DateOnly(2026, 11, 5), TimeOnly.MinValue);
            Assert.Equal(Keys(h.Simulator.Market.GetMinuteCandles(symbol, from, now, 1, false, now)), Keys(await h.StoredAsync(CandleTable.Minute, symbol)));
            Assert.Equal(Keys(h.Simulator.Market.GetDailyCandles(symbol, new DateOnly(2026, 9, 18), new DateOnly(2026, 11, 20), now)), Keys(await h.StoredAsync(CandleTable.Day, symbol)));
        }
    }

    [Fact]
    public async Task FindMinuteGapsAsync_ShortAndLongHoles_OnlyRunsOfMinGapMinutesCount()
    {
        await using OhlcHarness h = await OhlcHarness.StartAsync(Monday);
        h.At(new DateOnly(2026, 11, 17), new TimeOnly(16, 15));
        await h.Worker.RunOnceAsync(CancellationToken.None);
        DateOnly day = new(2026, 11, 17);

        // Two quiet minutes (under the default 3) and a 15-minute hole.
        await h.ExecuteAsync($"DELETE FROM HISTORIC_MINUTE WHERE symbol = '$SPX' AND time IN ('{Stamp(day, 10, 0)}', '{Stamp(day, 10, 1)}')");
        int punched = await h.ExecuteAsync($"DELETE FROM HISTORIC_MINUTE WHERE symbol = '$SPX' AND time >= '{Stamp(day, 14, 0)}' AND time < '{Stamp(day, 14, 15)}'");
        Assert.Equal(15, punched);

        var gaps = await ActivatorUtilities.CreateInstance<CandleCollector>(h.Services).FindMinuteGapsAsync("$SPX", day.AddDays(-1), day, CancellationToken.None);

        MinuteGap gap = Assert.Single(gaps);
        Assert.Equal((day, MarketClock.AtExchangeTime(day, new TimeOnly(14, 0)), 15), (gap.Date, gap.Start, gap.Minutes));
    }

    private static string Stamp(DateOnly date, int hour, int minute) =>
        MarketClock.AtExchangeTime(date, new TimeOnly(hour, minute)).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture);

    private static List<(DateTimeOffset, decimal, decimal, decimal, decimal, long)> Keys(IEnumerable<Sim.Candle> candles) =>
        [.. candles.Select(c => (c.Time, c.Open, c.High, c.Low, c.Close, c.Volume))];

    private static List<(DateTimeOffset, decimal, decimal, decimal, decimal, long)> Keys(IEnumerable<Schwab.Core.Domain.Candle> candles) =>
        [.. candles.Select(c => (c.Time, c.Open, c.High, c.Low, c.Close, c.Volume))];
}
