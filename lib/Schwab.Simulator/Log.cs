using Microsoft.Extensions.Logging;

namespace Schwab.Simulator;

/// <summary>The simulator's log lines (EventIds 9000–9499).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 9000, EventName = nameof(SimulatorStarted), Level = LogLevel.Information,
        Message = "Schwab simulator listening on {BaseUrl} (seed {Seed})")]
    public static partial void SimulatorStarted(ILogger logger, Uri baseUrl, int seed);

    [LoggerMessage(EventId = 9001, EventName = nameof(SimulatorStopped), Level = LogLevel.Information,
        Message = "Schwab simulator stopped")]
    public static partial void SimulatorStopped(ILogger logger);

    [LoggerMessage(EventId = 9010, EventName = nameof(TokenGranted), Level = LogLevel.Information,
        Message = "Token grant {Kind} for app {ClientId}: {Outcome}")]
    public static partial void TokenGranted(ILogger logger, string kind, string clientId, string outcome);

    [LoggerMessage(EventId = 9020, EventName = nameof(FaultInjected), Level = LogLevel.Information,
        Message = "Injected fault {Kind} into {Method} {Path}")]
    public static partial void FaultInjected(ILogger logger, Faults.HttpFaultKind kind, string method, string path);

    [LoggerMessage(EventId = 9022, EventName = nameof(RequestServed), Level = LogLevel.Debug,
        Message = "{Method} {Path} answered {Status}")]
    public static partial void RequestServed(ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = 9021, EventName = nameof(RequestFailed), Level = LogLevel.Error,
        Message = "Request {Method} {Path} failed inside the simulator")]
    public static partial void RequestFailed(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 9030, EventName = nameof(StreamerConnected), Level = LogLevel.Information,
        Message = "Streamer connection {ConnectionId} opened")]
    public static partial void StreamerConnected(ILogger logger, int connectionId);

    [LoggerMessage(EventId = 9031, EventName = nameof(StreamerClosed), Level = LogLevel.Information,
        Message = "Streamer connection {ConnectionId} closed: {Reason}")]
    public static partial void StreamerClosed(ILogger logger, int connectionId, string reason);

    [LoggerMessage(EventId = 9032, EventName = nameof(StreamerFailed), Level = LogLevel.Warning,
        Message = "Streamer connection {ConnectionId} ended with an error")]
    public static partial void StreamerFailed(ILogger logger, int connectionId, Exception exception);
}
