using Microsoft.Extensions.Logging;

namespace Schwab.Daemons.Balances;

/// <summary>schwab-balances log events, EventIds 2200–2249 (the shared collector logs 2250–2269 from Schwab.Core).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "The balances snapshot of {Slot:u} failed, retrying at the next minute: {Error}")]
    public static partial void SnapshotFailed(ILogger logger, DateTimeOffset slot, string error);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "The balances snapshot of {Slot:u} failed and is skipped: {Error}")]
    public static partial void SnapshotAbandoned(ILogger logger, DateTimeOffset slot, string error);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "The balances snapshot of {Slot:u} is skipped: {Late} late (the daemon was not running or kept failing)")]
    public static partial void SnapshotSkipped(ILogger logger, DateTimeOffset slot, TimeSpan late);
}
