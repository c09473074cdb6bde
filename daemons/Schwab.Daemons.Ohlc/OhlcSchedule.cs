using Schwab.Core.Configuration.Daemons;

namespace Schwab.Daemons.Ohlc;

/// <summary>When <c>schwab-ohlc</c> runs: <see cref="OhlcOptions.WeekdayRunTimes"/> Monday–Friday and <see cref="OhlcOptions.SaturdayRunTimes"/> on Saturday, in <see cref="OhlcOptions.TimeZone"/>.</summary>
internal static class OhlcSchedule
{
    /// <summary>The first run time strictly after <paramref name="after"/> (UTC).</summary>
    public static DateTimeOffset NextRun(OhlcOptions options, DateTimeOffset after)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        DateOnly date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (int i = 0; i < 8; i++, date = date.AddDays(1))
        {
            IEnumerable<TimeOnly> times = date.DayOfWeek switch
            {
                DayOfWeek.Saturday => options.SaturdayRunTimes,
                DayOfWeek.Sunday => [],
                _ => options.WeekdayRunTimes,
            };
            foreach (TimeOnly at in times.Order())
            {
                DateTime local = date.ToDateTime(at, DateTimeKind.Unspecified);
                var instant = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
                if (instant > after)
                {
                    return instant;
                }
            }
        }

        throw new InvalidOperationException("Ohlc: no run times configured (WeekdayRunTimes and SaturdayRunTimes are both empty)");
    }
}
