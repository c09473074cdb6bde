using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Data;
using Schwab.Core.Domain;
using Schwab.Core.Hosting;
using Schwab.Core.Time;
using Schwab.Daemons.MarketHours;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Recording;
using SimDay = Schwab.Simulator.Market.TradingDay;

namespace Schwab.Daemons.Tests.MarketHours;

/// <summary>schwab-markethours against the simulator's calendar on one fake clock: Thanksgiving week 2026.</summary>
public sealed class MarketHoursWorkerTests
{
    private static readonly DateOnly s_monday = new(2026, 11, 23);

    private static Task<CollectorHarness> StartAsync(DateTime start) =>
        CollectorHarness.StartAsync(start, s => s.AddSingleton<MarketHoursWorker>());

    [Fact]
    public async Task FetchAsync_ThanksgivingWeek_StoredDaysEqualSimulatorCalendarIncludingHolidayAndEarlyClose()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 23, 6, 0, 0));
        MarketHoursWorker worker = harness.Services.GetRequiredService<MarketHoursWorker>();

        Assert.Equal(8, await worker.FetchAsync(CancellationToken.None));

        MarketHoursStore store = harness.Services.GetRequiredService<MarketHoursStore>();
        MarketClock clock = harness.Services.GetRequiredService<MarketClock>();
        for (int i = 0; i <= 7; i++)
        {
            DateOnly date = s_monday.AddDays(i);
            SimDay expected = harness.Simulator.Market.GetTradingDay(date);
            TradingDay stored = await clock.GetDayAsync(date, CancellationToken.None);
            Assert.True(stored.FromCalendar, $"{date}: not read from MARKET_HOURS");
            Assert.Equal(expected.IsOpen, stored.IsOpen);
            Assert.Equal(expected.RegularStart, stored.Regular?.Start);
            Assert.Equal(expected.RegularEnd, stored.Regular?.End);
            Assert.Equal(expected.PreMarketStart, stored.PreMarket?.Start);
            Assert.Equal(expected.PostMarketEnd, stored.PostMarket?.End);
            IReadOnlyList<Core.Domain.MarketHours> options = await store.GetAsync(date, "option", CancellationToken.None);
            Assert.NotEmpty(options);
            Assert.All(options, o => Assert.Equal(expected.IsOpen, o.IsOpen));
        }

        TradingDay thanksgiving = await clock.GetDayAsync(new DateOnly(2026, 11, 26), CancellationToken.None);
        Assert.False(thanksgiving.IsOpen);
        Assert.Null(thanksgiving.Regular);
        Assert.True(harness.Simulator.Market.GetTradingDay(new DateOnly(2026, 11, 27)).IsEarlyClose);
        TradingDay blackFriday = await clock.GetDayAsync(new DateOnly(2026, 11, 27), CancellationToken.None);
        Assert.Equal(MarketClock.AtExchangeTime(new DateOnly(2026, 11, 27), new TimeOnly(13, 0)), blackFriday.Regular!.End);
        Assert.False((await clock.GetDayAsync(new DateOnly(2026, 11, 28), CancellationToken.None)).IsOpen);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Id.Id == 1900);
    }

    [Fact]
    public async Task FetchAsync_SecondFetch_ChangesNoStoredDay()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 23, 6, 0, 0));
        MarketHoursWorker worker = harness.Services.GetRequiredService<MarketHoursWorker>();
        await worker.FetchAsync(CancellationToken.None);
        const string Rows = """
            SELECT market_date || '|' || market || '|' || product || '|' || is_open || '|' || coalesce(pre_market_start, '-') || '|' ||
                   coalesce(regular_start, '-') || '|' || coalesce(regular_end, '-') || '|' || coalesce(post_market_end, '-')
            FROM SCHWAB_MARKET_HOURS ORDER BY 1
            """;
        IReadOnlyList<string> first = await harness.QueryAsync(Rows);

        harness.Time.Advance(TimeSpan.FromHours(2));
        await worker.FetchAsync(CancellationToken.None);

        IReadOnlyList<string> second = await harness.QueryAsync(Rows);
        Assert.True(first.Count >= 16, $"only {first.Count} rows for 8 days of equity and option");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RunDueAsync_SimulatedDay_FetchesAtStartAfterMidnightAndBeforeTheOpen()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 23, 0, 1, 0));
        MarketHoursWorker worker = harness.Services.GetRequiredService<MarketHoursWorker>();
        DateTimeOffset end = MarketClock.AtExchangeTime(s_monday.AddDays(1), new TimeOnly(0, 10));
        var fetches = new List<DateTimeOffset>();
        while (harness.Time.GetUtcNow() < end)
        {
            if (await worker.RunDueAsync(CancellationToken.None))
            {
                fetches.Add(harness.Time.GetUtcNow());
            }

            harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        DateOnly tuesday = s_monday.AddDays(1);
        DateTimeOffset[] expected =
        [
            MarketClock.AtExchangeTime(s_monday, new TimeOnly(0, 1)),
            MarketClock.AtExchangeTime(s_monday, new TimeOnly(0, 5)),
            MarketClock.AtExchangeTime(s_monday, new TimeOnly(8, 30)),
            MarketClock.AtExchangeTime(tuesday, new TimeOnly(0, 5)),
        ];
        Assert.Equal(expected, fetches);
        RecordedRequest[] requests = [.. harness.Simulator.Record.Requests.Where(r => r.Path.EndsWith("/markets", StringComparison.Ordinal))];
        Assert.Equal(expected, requests.Select(r => r.Time).Distinct().Order());
        Assert.All(requests, r => Assert.Equal(200, r.Status));
        Assert.Equal(4 * 8, requests.Length);
        Assert.Equal("next fetch 08:30 ET; 8 days stored", harness.Services.GetRequiredService<DaemonStatus>().Text);
        // Monday's fetches cover Monday to next Monday; Tuesday's adds next Tuesday.
        Assert.Equal(9, (await harness.QueryAsync("SELECT DISTINCT market_date FROM SCHWAB_MARKET_HOURS")).Count);
    }

    [Fact]
    public async Task RunDueAsync_ServerErrorAtStart_RetriedAtTheNextMinute()
    {
        await using CollectorHarness harness = await CollectorHarness.StartAsync(
            new DateTime(2026, 11, 23, 6, 0, 0),
            s => s.AddSingleton<MarketHoursWorker>(),
            new Dictionary<string, string?> { ["Schwab:Resilience:MaxRetryAttempts"] = "0" });
        harness.Simulator.Faults.Add(new HttpFault { PathPrefix = "/marketdata/v1/markets", StatusCode = 503, Times = 1 });
        MarketHoursWorker worker = harness.Services.GetRequiredService<MarketHoursWorker>();
        DaemonStatus status = harness.Services.GetRequiredService<DaemonStatus>();

        Assert.False(await worker.RunDueAsync(CancellationToken.None));
        Assert.Equal("fetch failed, retrying at the next minute; 0 days stored", status.Text);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2101);
        Assert.Empty(await harness.QueryAsync("SELECT market_date FROM SCHWAB_MARKET_HOURS"));

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await worker.RunDueAsync(CancellationToken.None));
        Assert.Equal("next fetch 08:30 ET; 8 days stored", status.Text);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await worker.RunDueAsync(CancellationToken.None));
    }
}
