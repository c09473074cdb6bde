using Microsoft.Extensions.Logging;

namespace Schwab.Daemons.MarketHours;

/// <summary>schwab-markethours log events, EventIds 2100–2199.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Stored market hours of {Days} days from {From:yyyy-MM-dd} to {To:yyyy-MM-dd} ({Open} open, {Closed} closed, {EarlyCloses} early closes)")]
    public static partial void Stored(ILogger logger, int days, DateOnly from, DateOnly to, int open, int closed, int earlyCloses);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Fetching market hours failed, {Retry}: {Error}")]
    public static partial void FetchFailed(ILogger logger, string retry, string error);
}
