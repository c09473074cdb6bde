using Microsoft.Extensions.Logging;

namespace Schwab.Daemons.Chains;

/// <summary>schwab-chains log events, EventIds 2300–2399.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Stored the {Frequency} snapshot of {Symbol} for {CollectedAt:u}: {Contracts} contracts, {Inserted} new")]
    public static partial void SnapshotStored(ILogger logger, string frequency, string symbol, DateTimeOffset collectedAt, int contracts, int inserted);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Body buffer overflow on the {Symbol} chain {From:yyyy-MM-dd}..{To:yyyy-MM-dd}: splitting into {Requests} requests, one per expiry")]
    public static partial void SplittingByExpiry(ILogger logger, string symbol, DateOnly from, DateOnly to, int requests);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "The {Frequency} snapshot of {Symbol} for {CollectedAt:u} failed, trying again at the next minute: {Error}")]
    public static partial void SnapshotFailed(ILogger logger, string frequency, string symbol, DateTimeOffset collectedAt, string error);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Error, Message = "re-authentication required: run schwabctl auth --api {ApiName} (no snapshot until then)")]
    public static partial void ReauthenticationRequired(ILogger logger, string apiName);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "The expiration chain of {Symbol} is unavailable ({Error}): splitting by every date of the range instead")]
    public static partial void ExpirationChainUnavailable(ILogger logger, string symbol, string error);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Error, Message = "Reading the market calendar failed, trying again at the next minute: {Error}")]
    public static partial void CalendarFailed(ILogger logger, string error);
}
