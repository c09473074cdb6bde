namespace Schwab.Core.Data.Candles;

/// <summary>A stretch of regular-session minutes of one trading day with no stored candle.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Date">The exchange date.</param>
/// <param name="Start">The first missing minute (UTC).</param>
/// <param name="End">The minute after the last missing one (UTC).</param>
public sealed record MinuteGap(string Symbol, DateOnly Date, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Gets how many minutes are missing.</summary>
    public int Minutes => (int)(End - Start).TotalMinutes;
}
