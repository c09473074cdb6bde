using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Domain;
using Schwab.Core.Time;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Time;

public sealed class MarketClockTests
{
    private static readonly DateOnly s_dayAfterThanksgiving = new(2026, 11, 27);

    private static (MarketClock Clock, MarketHoursStore Store, FakeLogger<MarketClock> Logger) Create(SqliteTestDatabase db)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var store = new MarketHoursStore(db.Connections, new SqlServerNames("OPT", "CHAINS"), time);
        var logger = new FakeLogger<MarketClock>();
        return (new MarketClock(store, Options.Create(new MarketHoursOptions()), time, logger), store, logger);
    }

    [Theory]
    [InlineData(2026, 3, 6, 14)]  // before the spring DST change: 09:30 EST = 14:30Z
    [InlineData(2026, 3, 9, 13)]  // after it: 09:30 EDT = 13:30Z
    [InlineData(2026, 11, 2, 14)] // after the autumn change
    public void AtExchangeTime_AcrossDst_UsesThatDaysOffset(int year, int month, int day, int utcHour)
    {
        DateTimeOffset open = MarketClock.AtExchangeTime(new DateOnly(year, month, day), new TimeOnly(9, 30));

        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 30, 0, TimeSpan.Zero), open);
    }

    [Fact]
    public void ExchangeDate_LateEveningUtc_IsTheNewYorkDate()
    {
        Assert.Equal(new DateOnly(2026, 11, 27), MarketClock.ExchangeDate(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task GetDayAsync_NoRows_FallsBackToWeekdaysAndLogsOnce()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        var (clock, _, logger) = Create(db);

        TradingDay friday = await clock.GetDayAsync(new DateOnly(2026, 12, 4), CancellationToken.None);
        TradingDay saturday = await clock.GetDayAsync(new DateOnly(2026, 12, 5), CancellationToken.None);

        Assert.True(friday.IsOpen);
        Assert.False(friday.FromCalendar);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 14, 30, 0, TimeSpan.Zero), friday.Regular!.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 21, 0, 0, TimeSpan.Zero), friday.Regular.End);
        Assert.False(saturday.IsOpen);
        Assert.Equal(1, logger.Collector.GetSnapshot().Count(r => r.Id.Id == 1900));
    }

    [Fact]
    public async Task GetDayAsync_StoredEarlyCloseAndHoliday_FollowsTheCalendar()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        var (clock, store, _) = Create(db);
        DateTimeOffset open = MarketClock.AtExchangeTime(s_dayAfterThanksgiving, new TimeOnly(9, 30));
        DateTimeOffset close = MarketClock.AtExchangeTime(s_dayAfterThanksgiving, new TimeOnly(13, 0));
        await store.UpsertAsync(
            [
                new MarketHours
                {
                    Date = s_dayAfterThanksgiving, Market = "equity", Product = "EQ", IsOpen = true,
                    Sessions = [new MarketSession { Kind = MarketSessionKind.Regular, Start = open, End = close }],
                },
                new MarketHours { Date = new DateOnly(2026, 11, 26), Market = "equity", Product = "equity", IsOpen = false },
            ],
            CancellationToken.None);

        TradingDay early = await clock.GetDayAsync(s_dayAfterThanksgiving, CancellationToken.None);
        TradingDay holiday = await clock.GetDayAsync(new DateOnly(2026, 11, 26), CancellationToken.None);
        TradingDay? next = await clock.CurrentOrNextSessionAsync(MarketClock.AtExchangeTime(new DateOnly(2026, 11, 26), new TimeOnly(12, 0)), CancellationToken.None);

        Assert.Equal(new SessionWindow(open, close), early.Regular);
        Assert.True(early.FromCalendar);
        Assert.False(holiday.IsOpen);
        Assert.True(holiday.FromCalendar);
        Assert.Equal(s_dayAfterThanksgiving, next!.Date);
    }
}
