using Microsoft.Extensions.Logging;

namespace Schwab.Daemons.Ohlc;

/// <summary>schwab-ohlc log events, EventIds 2400–2449.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "Candles of {Symbol}: {Gaps} minute gaps found, {MinutesWritten} minute and {DaysWritten} daily rows written, {GapsLeft} gaps left")]
    public static partial void Collected(ILogger logger, string symbol, int gaps, int minutesWritten, int daysWritten, int gapsLeft);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Collecting the candles of {Symbol} failed, the next run fills what is missing: {Error}")]
    public static partial void CollectFailed(ILogger logger, string symbol, string error);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Information, Message = "Next candle run at {At:u}")]
    public static partial void NextRun(ILogger logger, DateTimeOffset at);
}
