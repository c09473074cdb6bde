using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Schwab.Core log events; this file holds the hosting block, EventIds 1000–1099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Work loop stalled, withholding the systemd watchdog ping: {Loops}")]
    public static partial void WorkLoopStalled(ILogger logger, string loops);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical, Message = "{Problem}")]
    public static partial void StartupRefused(ILogger logger, string problem);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Critical, Message = "Worker {Worker} failed, stopping with a non-zero exit code")]
    public static partial void WorkerFaulted(ILogger logger, string worker, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "{Service} started: {Status}")]
    public static partial void Started(ILogger logger, string service, string status);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "{Check}: {Problem}")]
    public static partial void PrerequisiteWarning(ILogger logger, string check, string problem);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Could not write the heartbeat row; retrying every 30 s")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);
}
