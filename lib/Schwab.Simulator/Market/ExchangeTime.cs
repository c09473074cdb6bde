namespace Schwab.Simulator.Market;

/// <summary>Conversions between UTC instants and exchange (America/New_York) or US/Central wall time.</summary>
internal static class ExchangeTime
{
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Schwab stamps daily candles at midnight US/Central (schwab-api.md §2.9).
    public static readonly TimeZoneInfo Central = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToNewYork(instant).DateTime);

    public static DateTimeOffset ToNewYork(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, NewYork);

    /// <summary>The UTC instant of a New York wall-clock time on a date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => AtZone(date, time, NewYork);

    /// <summary>The UTC instant of midnight US/Central on a date.</summary>
    public static DateTimeOffset CentralMidnight(DateOnly date) => AtZone(date, TimeOnly.MinValue, Central);

    /// <summary>Formats an instant as New York local time with its offset, e.g. 2026-10-07T09:30:00-04:00.</summary>
    public static string FormatNewYork(DateTimeOffset instant) =>
        ToNewYork(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset AtZone(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset = zone.IsInvalidTime(local)
            ? zone.GetUtcOffset(local.AddHours(1))
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
