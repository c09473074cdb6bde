using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Candle gap-filling log events (shared by schwab-ohlc and schwabctl backfill), EventIds 2450–2469.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2450, Level = LogLevel.Information, Message = "Fetched the minute candles of {Symbol} for {Date} again: {Written} rows written, {Missing} minutes had been missing")]
    public static partial void CandleDayFilled(ILogger logger, string symbol, DateOnly date, int written, int missing);

    [LoggerMessage(EventId = 2451, Level = LogLevel.Warning, Message = "{Symbol} {Date}: {Minutes} minutes from {Start:u} are still missing after fetching the day again (Schwab sent no candles for them)")]
    public static partial void CandleGapRemains(ILogger logger, string symbol, DateOnly date, int minutes, DateTimeOffset start);
}
