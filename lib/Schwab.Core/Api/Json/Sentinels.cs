using Schwab.Core.Time;

namespace Schwab.Core.Api.Json;

/// <summary>Schwab's "value unavailable" sentinels (schwab-api.md §2.8, gotcha 2), mapped to <see langword="null"/>.</summary>
internal static class Sentinels
{
    /// <summary>Greeks and implied volatility use <c>-999.0</c> when they cannot be computed.</summary>
    public static decimal? Greek(decimal value) => value == -999m ? null : value;

    /// <summary>The theoretical option value uses <c>-1.0</c> or <c>-999.0</c>.</summary>
    public static decimal? TheoreticalValue(decimal value) => value is -999m or -1m ? null : value;

    /// <summary>Epoch-millisecond timestamps use <c>0</c> for "never".</summary>
    public static DateTimeOffset? EpochMilliseconds(long value) =>
        value <= 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(value);

    /// <summary>An epoch-millisecond day (e.g. <c>lastTradingDay</c>) as its America/New_York date; <c>0</c> is null.</summary>
    public static DateOnly? ExchangeDate(long value) =>
        value <= 0 ? null : MarketClock.ExchangeDate(DateTimeOffset.FromUnixTimeMilliseconds(value));
}
