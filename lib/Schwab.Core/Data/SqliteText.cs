using System.Globalization;

namespace Schwab.Core.Data;

/// <summary>The fixed text forms SQLite columns use for decimals, instants and dates.</summary>
internal static class SqliteText
{
    /// <summary>Instants: UTC, fixed width, so equal instants have equal text (and text order is time order).</summary>
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Trading dates.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    public static string FromDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string FromInstant(DateTimeOffset value) =>
        value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static string FromDate(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static decimal ToDecimal(string text) =>
        decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static DateTimeOffset ToInstant(string text) =>
        DateTimeOffset.TryParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset exact)
            ? exact.ToUniversalTime()
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateOnly ToDate(string text) =>
        DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
