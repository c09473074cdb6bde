using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Balances collector log events (shared by schwab-balances and schwabctl), EventIds 2250–2269.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2250, Level = LogLevel.Information,
        Message = "Stored the balances snapshot of {CollectedAt:u}: {Accounts} accounts, {Balances} new balance rows, {Positions} new position rows ({AccountHashes})")]
    public static partial void BalancesStored(ILogger logger, DateTimeOffset collectedAt, int accounts, int balances, int positions, string accountHashes);

    [LoggerMessage(EventId = 2251, Level = LogLevel.Information, Message = "Linked account {MaskedNumber} -> {AccountHash} of {ApiName}")]
    public static partial void BalancesAccountLinked(ILogger logger, string maskedNumber, string accountHash, string apiName);

    [LoggerMessage(EventId = 2252, Level = LogLevel.Warning, Message = "{Count} accounts of {ApiName} have no hash in /accounts/accountNumbers; not stored")]
    public static partial void BalancesAccountWithoutHash(ILogger logger, int count, string apiName);
}
