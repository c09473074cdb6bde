using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Log messages of the alerts (EventIds 2900–2999).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2900, EventName = nameof(AlertSent), Level = LogLevel.Information,
        Message = "Sent alert {AlertKey} to {RecipientCount} recipient(s)")]
    public static partial void AlertSent(ILogger logger, string alertKey, int recipientCount);

    [LoggerMessage(EventId = 2901, EventName = nameof(AlertThrottled), Level = LogLevel.Information,
        Message = "Alert {AlertKey} recorded, not sent: it was last sent at {LastSentAt:O}, within the throttle window")]
    public static partial void AlertThrottled(ILogger logger, string alertKey, DateTimeOffset? lastSentAt);

    [LoggerMessage(EventId = 2902, EventName = nameof(AlertSendFailed), Level = LogLevel.Warning,
        Message = "Alert {AlertKey} not sent, the next occurrence retries: {Reason}")]
    public static partial void AlertSendFailed(ILogger logger, string alertKey, string reason);

    [LoggerMessage(EventId = 2903, EventName = nameof(AlertResolved), Level = LogLevel.Information,
        Message = "Alert {AlertKey} resolved; recovery notice {Notice}")]
    public static partial void AlertResolved(ILogger logger, string alertKey, string notice);

    [LoggerMessage(EventId = 2904, EventName = nameof(RecoverySendFailed), Level = LogLevel.Warning,
        Message = "Recovery notice for {AlertKey} not sent: {Reason}")]
    public static partial void RecoverySendFailed(ILogger logger, string alertKey, string reason);

    [LoggerMessage(EventId = 2905, EventName = nameof(AlertTableUnavailable), Level = LogLevel.Warning,
        Message = "Alert {AlertKey} cannot be recorded, so it is sent without throttling: {Reason}")]
    public static partial void AlertTableUnavailable(ILogger logger, string alertKey, string reason);

    [LoggerMessage(EventId = 2906, EventName = nameof(AlertsMisconfigured), Level = LogLevel.Error,
        Message = "Alert {AlertKey} not sent: the Alerts settings are invalid: {Problem}")]
    public static partial void AlertsMisconfigured(ILogger logger, string alertKey, string problem);

    [LoggerMessage(EventId = 2907, EventName = nameof(AlertTableFailed), Level = LogLevel.Warning,
        Message = "Alert table update for {AlertKey} failed: {Reason}")]
    public static partial void AlertTableFailed(ILogger logger, string alertKey, string reason);
}
