using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Time;
using Schwab.Daemons.Ohlc;

namespace Schwab.Daemons.Tests.Ohlc;

public sealed class OhlcScheduleTests
{
    private static readonly OhlcOptions Options = new()
    {
        WeekdayRunTimes = [new(9, 15), new(16, 15)],
        SaturdayRunTimes = [new(9, 15)],
    };

    [Theory]
    [InlineData("2026-11-16", "08:00", "2026-11-16", "09:15")] // Monday morning
    [InlineData("2026-11-16", "09:15", "2026-11-16", "16:15")] // strictly after
    [InlineData("2026-11-20", "16:15", "2026-11-21", "09:15")] // Friday close -> Saturday
    [InlineData("2026-11-21", "09:15", "2026-11-23", "09:15")] // Saturday -> Monday, no Sunday run
    [InlineData("2026-03-07", "12:00", "2026-03-09", "09:15")] // across the March DST change
    public void NextRun_FromInstant_IsTheNextConfiguredTimeInNewYork(string date, string time, string nextDate, string nextTime)
    {
        DateTimeOffset after = MarketClock.AtExchangeTime(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        DateTimeOffset next = OhlcSchedule.NextRun(Options, after);

        Assert.Equal(MarketClock.AtExchangeTime(DateOnly.Parse(nextDate, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(nextTime, System.Globalization.CultureInfo.InvariantCulture)), next);
    }
}
