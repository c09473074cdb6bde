using Microsoft.Extensions.Logging;

namespace Schwab.Daemons.Tokens;

/// <summary>schwab-tokens log events, EventIds 2000–2099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Refreshed the access token of {ApiName}; valid until {ExpiresAt:u}")]
    public static partial void Refreshed(ILogger logger, string apiName, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "No tokens stored for {ApiName}: run schwabctl auth --api {ApiName}")]
    public static partial void NoTokens(ILogger logger, string apiName);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "re-authentication required: run schwabctl auth --api {ApiName} (the refresh token was refused or has expired)")]
    public static partial void ReauthenticationRequired(ILogger logger, string apiName);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Refreshing the access token of {ApiName} failed, retrying at the next check: {Error}")]
    public static partial void RefreshFailed(ILogger logger, string apiName, string error);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "The refresh token of {ApiName} expires in {Remaining}: run schwabctl auth --api {ApiName} before {ExpiresAt:u}")]
    public static partial void RefreshTokenExpiring(ILogger logger, string apiName, string remaining, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Tokens of {ApiName} are usable again (written by schwabctl auth); refresh token valid until {ExpiresAt:u}")]
    public static partial void Recovered(ILogger logger, string apiName, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Work loop frozen by Tokens:FreezeWorkLoopForTests; the systemd watchdog should restart this daemon")]
    public static partial void Frozen(ILogger logger);
}
