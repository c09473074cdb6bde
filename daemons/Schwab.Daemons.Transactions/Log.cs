using Microsoft.Extensions.Logging;

namespace Schwab.Daemons.Transactions;

/// <summary>schwab-transactions log events, EventIds 2500–2599. Accounts are named by hash, never by number.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2500, Level = LogLevel.Information, Message = "Stored {Versions} new order versions of account {AccountHash} (entered {From:u} to {To:u})")]
    public static partial void OrdersStored(ILogger logger, int versions, string accountHash, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(EventId = 2501, Level = LogLevel.Information, Message = "Stored {Count} new account transactions of account {AccountHash}")]
    public static partial void TransactionsStored(ILogger logger, int count, string accountHash);

    [LoggerMessage(EventId = 2502, Level = LogLevel.Warning, Message = "Polling orders and transactions failed, retrying at the next tick: {Error}")]
    public static partial void PollFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 2503, Level = LogLevel.Error, Message = "re-authentication required: run schwabctl auth --api {ApiName}")]
    public static partial void ReauthenticationRequired(ILogger logger, string apiName);

    [LoggerMessage(EventId = 2504, Level = LogLevel.Information, Message = "Collecting orders of {Count} linked accounts: {AccountHashes}")]
    public static partial void AccountsLoaded(ILogger logger, int count, string accountHashes);

    [LoggerMessage(EventId = 2505, Level = LogLevel.Warning, Message = "Schwab lists no linked accounts for {ApiName}; nothing to collect")]
    public static partial void NoAccounts(ILogger logger, string apiName);

    [LoggerMessage(EventId = 2506, Level = LogLevel.Information, Message = "Polling recovered after {Failures} failed ticks")]
    public static partial void Recovered(ILogger logger, int failures);
}
