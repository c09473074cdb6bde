using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Market-clock and schedule log events, EventIds 1900–1949.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1900, Level = LogLevel.Warning, Message = "No market hours stored for {Date}: assuming Monday–Friday 09:30–16:00 ET until schwab-markethours has fetched the calendar")]
    public static partial void MarketHoursFallback(ILogger logger, DateOnly date);

    [LoggerMessage(EventId = 1901, Level = LogLevel.Warning, Message = "The {Schedule} slot {Slot:u} is taken late, {Lateness} after its time; what it collects is later than its label")]
    public static partial void SlotLate(ILogger logger, string schedule, DateTimeOffset slot, TimeSpan lateness);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Warning, Message = "The {Schedule} schedule fell behind: {Skipped} slots from {From:u} to {To:u} are skipped (only slots up to {CatchUp} old are caught up)")]
    public static partial void SlotsSkipped(ILogger logger, string schedule, int skipped, DateTimeOffset from, DateTimeOffset to, TimeSpan catchUp);
}
