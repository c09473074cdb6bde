using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Market-clock log events, EventIds 1900–1949.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1900, Level = LogLevel.Warning, Message = "No market hours stored for {Date}: assuming Monday–Friday 09:30–16:00 ET until schwab-markethours has fetched the calendar")]
    public static partial void MarketHoursFallback(ILogger logger, DateOnly date);
}
