using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Streamer log messages, EventIds 1500–1699. No message carries a token or a raw frame.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1500, EventName = nameof(StreamerConnecting), Level = LogLevel.Information, Message = "Connecting to the streamer at {Host}")]
    public static partial void StreamerConnecting(ILogger logger, string host);

    [LoggerMessage(EventId = 1501, EventName = nameof(StreamerLoggedIn), Level = LogLevel.Information, Message = "Streamer login succeeded with entitlement {Entitlement}")]
    public static partial void StreamerLoggedIn(ILogger logger, string? entitlement);

    [LoggerMessage(EventId = 1502, EventName = nameof(StreamerLoginDenied), Level = LogLevel.Warning, Message = "Streamer login denied (code 3), logging in again with a freshly refreshed access token: {SchwabMessage}")]
    public static partial void StreamerLoginDenied(ILogger logger, string? schwabMessage);

    [LoggerMessage(EventId = 1503, EventName = nameof(StreamerConnectionLimit), Level = LogLevel.Error, Message = "Another streamer connection is open for this Schwab login (code 12); not reconnecting")]
    public static partial void StreamerConnectionLimit(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1504, EventName = nameof(StreamerSymbolLimitReached), Level = LogLevel.Warning, Message = "Streamer symbol limit reached for {Service}: cap {Cap}, {Discarded} keys discarded")]
    public static partial void StreamerSymbolLimitReached(ILogger logger, string service, int? cap, int? discarded);

    [LoggerMessage(EventId = 1505, EventName = nameof(StreamerStopped), Level = LogLevel.Information, Message = "Streamer stopped: {Reason}")]
    public static partial void StreamerStopped(ILogger logger, string reason);

    [LoggerMessage(EventId = 1506, EventName = nameof(StreamerConnectionLost), Level = LogLevel.Warning, Message = "Streamer connection lost, reconnecting: {Reason}")]
    public static partial void StreamerConnectionLost(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(EventId = 1507, EventName = nameof(StreamerReconnecting), Level = LogLevel.Warning, Message = "Streamer connect attempt {Attempt} failed, retrying in {Delay}")]
    public static partial void StreamerReconnecting(ILogger logger, int attempt, TimeSpan delay, Exception? exception);

    [LoggerMessage(EventId = 1508, EventName = nameof(StreamerSubscriptionsReplayed), Level = LogLevel.Information, Message = "Streamer subscriptions replayed: {Services} services, {Keys} keys")]
    public static partial void StreamerSubscriptionsReplayed(ILogger logger, int services, int keys);

    [LoggerMessage(EventId = 1509, EventName = nameof(StreamerCommandFailed), Level = LogLevel.Warning, Message = "Streamer {Command} {Service} failed with code {Code}: {SchwabMessage}")]
    public static partial void StreamerCommandFailed(ILogger logger, string command, string service, int code, string? schwabMessage);

    [LoggerMessage(EventId = 1510, EventName = nameof(StreamerCommandTimedOut), Level = LogLevel.Warning, Message = "Streamer {Command} {Service} got no ack in time; replacing the connection")]
    public static partial void StreamerCommandTimedOut(ILogger logger, string command, string service);

    [LoggerMessage(EventId = 1511, EventName = nameof(StreamerCommandAcknowledged), Level = LogLevel.Debug, Message = "Streamer {Command} {Service} acknowledged with code {Code} ({KeyCount} keys)")]
    public static partial void StreamerCommandAcknowledged(ILogger logger, string command, string service, int code, int keyCount);

    [LoggerMessage(EventId = 1512, EventName = nameof(StreamerLoggedOut), Level = LogLevel.Information, Message = "Streamer logged out")]
    public static partial void StreamerLoggedOut(ILogger logger);

    [LoggerMessage(EventId = 1513, EventName = nameof(StreamerMalformedFrame), Level = LogLevel.Warning, Message = "Streamer frame of {Length} bytes is not valid JSON; skipped")]
    public static partial void StreamerMalformedFrame(ILogger logger, int length, Exception exception);

    [LoggerMessage(EventId = 1514, EventName = nameof(StreamerUnmatchedResponse), Level = LogLevel.Debug, Message = "Streamer response {Command} {Service} for unknown request {RequestId} with code {Code}")]
    public static partial void StreamerUnmatchedResponse(ILogger logger, string? command, string? service, string? requestId, int code);

    [LoggerMessage(EventId = 1515, EventName = nameof(StreamerReconnectRequested), Level = LogLevel.Warning, Message = "Streamer reconnect requested: {Reason}")]
    public static partial void StreamerReconnectRequested(ILogger logger, string reason);

    [LoggerMessage(EventId = 1516, EventName = nameof(StreamerRequestSent), Level = LogLevel.Debug, Message = "Streamer {Command} {Service} sent as request {RequestId}")]
    public static partial void StreamerRequestSent(ILogger logger, string command, string service, string requestId);

    [LoggerMessage(EventId = 1517, EventName = nameof(StreamerNotice), Level = LogLevel.Information, Message = "Streamer notice from {Service} with code {Code}: {SchwabMessage}")]
    public static partial void StreamerNotice(ILogger logger, string? service, int code, string? schwabMessage);

    [LoggerMessage(EventId = 1518, EventName = nameof(StreamerDataIgnored), Level = LogLevel.Debug, Message = "Streamer data for {Service} ignored: no level-one field map")]
    public static partial void StreamerDataIgnored(ILogger logger, string? service);

    [LoggerMessage(EventId = 1519, EventName = nameof(StreamerFailed), Level = LogLevel.Error, Message = "Streamer failed and will not reconnect by itself")]
    public static partial void StreamerFailed(ILogger logger, Exception exception);
}
