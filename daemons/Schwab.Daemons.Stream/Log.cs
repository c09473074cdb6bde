using Microsoft.Extensions.Logging;

namespace Schwab.Daemons.Stream;

/// <summary>schwab-stream log events, EventIds 2600–2799.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2600, Level = LogLevel.Information, Message = "Waiting for the session: streaming starts at {Start:u}")]
    public static partial void WaitingForSession(ILogger logger, DateTimeOffset start);

    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Session {Date}: streaming until {Stop:u}")]
    public static partial void SessionStarted(ILogger logger, DateOnly date, DateTimeOffset stop);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Information, Message = "Session {Date} over: {Received} updates received, {Carried} carried over from an earlier run = {Committed} rows committed + {Spilled} waiting in the spill file + {InMemory} in memory + {Lost} lost")]
    public static partial void SessionEnded(ILogger logger, DateOnly date, long received, long carried, long committed, long spilled, long inMemory, long lost);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Information, Message = "Subscribed {Count} {Root} options around {Centre} (spot {Spot})")]
    public static partial void WindowSubscribed(ILogger logger, int count, string root, decimal centre, decimal spot);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Information, Message = "Spot {Spot} drifted from {OldCentre}: re-centred on {NewCentre} with ADD {Added} / UNSUBS {Removed}")]
    public static partial void WindowRecentred(ILogger logger, decimal spot, decimal oldCentre, decimal newCentre, int added, int removed);

    [LoggerMessage(EventId = 2605, Level = LogLevel.Warning, Message = "Subscription change failed, retrying with the next spot: {Error}")]
    public static partial void SubscriptionFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 2606, Level = LogLevel.Warning, Message = "No data for {Silence}: reconnecting")]
    public static partial void NoData(ILogger logger, TimeSpan silence);

    [LoggerMessage(EventId = 2607, Level = LogLevel.Error, Message = "Another streamer connection is open for this Schwab login (code 12; Schwab allows one): is a second schwab-stream or another program streaming with this app? Retrying in {Delay}")]
    public static partial void AnotherConnection(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 2608, Level = LogLevel.Error, Message = "Streamer LOGIN denied even with a fresh access token (code 3): check schwab-tokens; retrying in {Delay}")]
    public static partial void LoginDenied(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 2609, Level = LogLevel.Warning, Message = "Schwab stopped the stream (code 30 or logout) during the session: resuming in {Delay}")]
    public static partial void StoppedByServer(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 2610, Level = LogLevel.Warning, Message = "Schwab trimmed {Service} to its symbol limit {Cap} (code 19, {Discarded} discarded): the option window is limited to {Cap} contracts from now on")]
    public static partial void SymbolLimit(ILogger logger, string service, int? cap, int? discarded);

    [LoggerMessage(EventId = 2611, Level = LogLevel.Warning, Message = "Streaming failed, retrying in {Delay}: {Error}")]
    public static partial void StreamFailed(ILogger logger, TimeSpan delay, string error);

    [LoggerMessage(EventId = 2620, Level = LogLevel.Warning, Message = "Rows go to the spill file {Path}: {Reason}")]
    public static partial void Spilling(ILogger logger, string reason, string path);

    [LoggerMessage(EventId = 2621, Level = LogLevel.Information, Message = "Replayed {Count} spilled rows into the database in order; spill file emptied")]
    public static partial void SpillReplayed(ILogger logger, int count);

    [LoggerMessage(EventId = 2622, Level = LogLevel.Warning, Message = "Database unavailable, rows spill to disk until it answers: {Error}")]
    public static partial void DatabaseUnavailable(ILogger logger, string error);

    [LoggerMessage(EventId = 2623, Level = LogLevel.Information, Message = "Database available again")]
    public static partial void DatabaseBack(ILogger logger);

    [LoggerMessage(EventId = 2624, Level = LogLevel.Warning, Message = "Found {Count} rows in the spill file {Path} from an earlier run: replaying them first")]
    public static partial void SpillFound(ILogger logger, int count, string path);

    [LoggerMessage(EventId = 2625, Level = LogLevel.Critical, Message = "{Cause}: the {Loop} loop failed, so schwab-stream stops with a non-zero exit code")]
    public static partial void LoopFailed(ILogger logger, string cause, string loop, Exception exception);

    [LoggerMessage(EventId = 2626, Level = LogLevel.Error, Message = "Disk full: no space left for the spill file in {Folder}; {Fitted} rows of the batch were kept there, {Lost} lost. Until the database has taken the spill file, rows it cannot take are lost")]
    public static partial void SpillDiskFull(ILogger logger, string folder, int fitted, int lost);

    [LoggerMessage(EventId = 2627, Level = LogLevel.Information, Message = "Stopped: {Received} updates received, {Carried} carried over from an earlier run = {Committed} rows committed + {Spilled} waiting in the spill file + {Lost} lost")]
    public static partial void Stopped(ILogger logger, long received, long carried, long committed, long spilled, long lost);

    [LoggerMessage(EventId = 2628, Level = LogLevel.Warning, Message = "Stopping: a database write did not finish within {Budget}; its {Count} rows go to the spill file")]
    public static partial void WriteAbandoned(ILogger logger, TimeSpan budget, int count);
}
