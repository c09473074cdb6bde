using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Time;

namespace Schwab.Daemons.Ohlc;

/// <summary>When <c>schwab-ohlc</c> runs: <see cref="OhlcOptions.WeekdayRunTimes"/> Monday–Friday and <see cref="OhlcOptions.SaturdayRunTimes"/> on Saturday, in <see cref="OhlcOptions.TimeZone"/>.</summary>
internal static class OhlcSchedule
{
    /// <summary>The run times as a <see cref="DailySchedule"/>.</summary>
    public static DailySchedule For(OhlcOptions options) => new(
        day => day switch
        {
            DayOfWeek.Saturday => options.SaturdayRunTimes,
            DayOfWeek.Sunday => [],
            _ => options.WeekdayRunTimes,
        },
        options.TimeZone);

    /// <summary>The first run time strictly after <paramref name="after"/> (UTC).</summary>
    public static DateTimeOffset NextRun(OhlcOptions options, DateTimeOffset after) =>
        For(options).Next(after) ?? throw new InvalidOperationException("Ohlc: no run times configured (WeekdayRunTimes and SaturdayRunTimes are both empty)");
}
