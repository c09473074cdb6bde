using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Domain;
using Schwab.Core.Reports;
using Schwab.Core.Time;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Reports;

/// <summary>The report on a known day; run on SQLite and (when <c>SCHWAB_TEST_SQLSERVER</c> is set) on SQL Server.</summary>
public abstract class DailyReportBuilderTests
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static (DailyReportBuilder Builder, MarketHoursStore Calendar) Create(TestDatabase db, FakeTimeProvider time)
    {
        var calendar = new MarketHoursStore(db.Connections, db.Names, time);
        var clock = new MarketClock(calendar, Options.Create(new MarketHoursOptions()), time, NullLogger<MarketClock>.Instance);
        return (new DailyReportBuilder(new ReportStore(db.Connections, db.Names), clock, time), calendar);
    }

    private static long Rows(DailyReport report, string dataset) => report.Datasets.Single(d => d.Name == dataset).Rows;

    [SkippableFact]
    public async Task BuildAsync_KnownDay_CountsEveryDatasetInsideTheExchangeDay()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await KnownReportDay.SeedAsync(db);
        var (builder, _) = Create(db, new FakeTimeProvider(KnownReportDay.Utc(23, 0)));

        DailyReport report = await builder.BuildAsync(KnownReportDay.Day, null, 5, CancellationToken.None);

        Assert.Equal(KnownReportDay.DayStart, report.From);
        Assert.Equal(KnownReportDay.DayStart.AddDays(1), report.To);
        Assert.Equal(KnownReportDay.Quotes, Rows(report, "quotes"));
        Assert.Equal(KnownReportDay.OneMinuteContracts + KnownReportDay.FiveMinuteContracts, Rows(report, "chains"));
        Assert.Equal(KnownReportDay.MinuteCandles, Rows(report, "minuteCandles"));
        Assert.Equal(KnownReportDay.DayCandles, Rows(report, "dayCandles"));
        Assert.Equal(KnownReportDay.Orders, Rows(report, "orders"));
        Assert.Equal(KnownReportDay.OrderVersions, Rows(report, "orderVersions"));
        Assert.Equal(KnownReportDay.Transactions, Rows(report, "transactions"));
        Assert.Equal(KnownReportDay.Balances, Rows(report, "balances"));
        Assert.Equal(KnownReportDay.Positions, Rows(report, "positions"));
        Assert.Equal(
            [new ChainSnapshotCount("1min", KnownReportDay.OneMinuteSnapshots, KnownReportDay.OneMinuteContracts),
                new ChainSnapshotCount("5min", KnownReportDay.FiveMinuteSnapshots, KnownReportDay.FiveMinuteContracts), new ChainSnapshotCount("30min", 0, 0)],
            report.Chains);
    }

    [SkippableFact]
    public async Task BuildAsync_KnownDay_FindsQuoteChainAndCandleGapsInTheSession()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await KnownReportDay.SeedAsync(db);
        var (builder, _) = Create(db, new FakeTimeProvider(KnownReportDay.Utc(23, 0)));

        DailyReport report = await builder.BuildAsync(KnownReportDay.Day, null, 5, CancellationToken.None);

        // The 3-minute quote silence at 17:00 is under the 5-minute threshold; $VIX has candles only the day before.
        Assert.Equal(
            [
                new ReportGap("quotes", null, KnownReportDay.Utc(14, 50), KnownReportDay.Utc(15, 0)),
                new ReportGap("chains-1min", null, KnownReportDay.Utc(15, 10), KnownReportDay.Utc(15, 12)),
                new ReportGap("minuteCandles", "$SPX", KnownReportDay.Utc(20, 0), KnownReportDay.Utc(20, 5)),
                new ReportGap("minuteCandles", "$VIX", KnownReportDay.Utc(14, 30), KnownReportDay.Utc(21, 0)),
            ],
            report.Gaps);
        Assert.Equal([10, 2, 5, 390], report.Gaps.Select(g => g.Minutes));
    }

    [SkippableFact]
    public async Task BuildAsync_LowerQuoteThreshold_ReportsTheShortSilenceToo()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await KnownReportDay.SeedAsync(db);
        var (builder, _) = Create(db, new FakeTimeProvider(KnownReportDay.Utc(23, 0)));

        DailyReport report = await builder.BuildAsync(KnownReportDay.Day, null, 3, CancellationToken.None);

        Assert.Equal([10, 3], report.Gaps.Where(g => g.Dataset == "quotes").Select(g => g.Minutes));
    }

    [SkippableFact]
    public async Task BuildAsync_SessionStillRunning_GapsStopAtNow()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await KnownReportDay.SeedAsync(db);
        var (builder, _) = Create(db, new FakeTimeProvider(KnownReportDay.Utc(15, 5, 30)));

        DailyReport report = await builder.BuildAsync(KnownReportDay.Day, null, 5, CancellationToken.None);

        Assert.Equal(
            [
                new ReportGap("quotes", null, KnownReportDay.Utc(14, 50), KnownReportDay.Utc(15, 0)),
                new ReportGap("minuteCandles", "$VIX", KnownReportDay.Utc(14, 30), KnownReportDay.Utc(15, 5)),
            ],
            report.Gaps);
    }

    [SkippableFact]
    public async Task BuildAsync_EarlyCloseInTheCalendar_UsesTheStoredSession()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        var friday = new DateOnly(2026, 11, 27);
        var (builder, calendar) = Create(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        DateTimeOffset open = MarketClock.AtExchangeTime(friday, new TimeOnly(9, 30));
        DateTimeOffset close = MarketClock.AtExchangeTime(friday, new TimeOnly(13, 0));
        await calendar.UpsertAsync(
            [new MarketHours { Date = friday, Market = "equity", Product = "EQ", IsOpen = true, Sessions = [new MarketSession { Kind = MarketSessionKind.Regular, Start = open, End = close }] }],
            CancellationToken.None);

        DailyReport report = await builder.BuildAsync(friday, null, 5, CancellationToken.None);

        Assert.True(report.Session.FromCalendar);
        Assert.Equal([new ReportGap("quotes", null, open, close), new ReportGap("chains-1min", null, open, close)], report.Gaps);
        Assert.Equal(210, report.Gaps[0].Minutes);
        Assert.All(report.Datasets, d => Assert.Equal(0, d.Rows));
    }

    [SkippableFact]
    public async Task BuildAsync_ClosedDay_HasNoGapsAndNoJournalWhenNotAsked()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        var (builder, _) = Create(db, new FakeTimeProvider(KnownReportDay.Utc(23, 0)));

        DailyReport report = await builder.BuildAsync(new DateOnly(2026, 11, 22), null, 5, CancellationToken.None);

        Assert.False(report.Session.IsOpen);
        Assert.Empty(report.Gaps);
        Assert.False(report.Journal.Available);
        Assert.Contains("not read", report.Journal.Reason, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("2026-11-28T15:00:00Z", "2026-11-27")] // Saturday: Friday
    [InlineData("2026-11-25T14:00:00Z", "2026-11-24")] // Wednesday 09:00 ET, before the bell: Tuesday
    [InlineData("2026-11-25T14:30:00Z", "2026-11-25")] // Wednesday at the bell
    [InlineData("2026-11-30T03:00:00Z", "2026-11-27")] // Sunday 22:00 ET
    public async Task LatestTradingDayAsync_Now_IsTheNewestDayWhoseSessionBegan(string now, string expected)
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        var (builder, _) = Create(db, new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

        DateOnly day = await builder.LatestTradingDayAsync(CancellationToken.None);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }
}
