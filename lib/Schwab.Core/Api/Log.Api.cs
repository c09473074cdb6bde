using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Log events of the Schwab REST client (EventIds 1300–1499).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1300, EventName = nameof(RateLimited), Level = LogLevel.Warning,
        Message = "429 rate limited by Schwab on {ApiName} {Method} {Endpoint}, retry after {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string apiName, string method, string endpoint, TimeSpan? retryAfter);

    [LoggerMessage(EventId = 1301, EventName = nameof(RetryingRequest), Level = LogLevel.Warning,
        Message = "Retrying {Method} {Endpoint} (attempt {Attempt}) in {Delay} after {Outcome}")]
    public static partial void RetryingRequest(ILogger logger, string method, string endpoint, int attempt, TimeSpan delay, string outcome);

    [LoggerMessage(EventId = 1302, EventName = nameof(UnauthorizedRetrying), Level = LogLevel.Warning,
        Message = "401 from Schwab on {ApiName} {Endpoint}; re-reading the access token once")]
    public static partial void UnauthorizedRetrying(ILogger logger, string apiName, string endpoint);

    [LoggerMessage(EventId = 1303, EventName = nameof(RequestFailed), Level = LogLevel.Debug,
        Message = "Schwab {Method} {Endpoint} failed with {StatusCode}: {ErrorText} (correlation id {CorrelationId})")]
    public static partial void RequestFailed(ILogger logger, string method, string endpoint, int statusCode, string? errorText, string? correlationId);

    [LoggerMessage(EventId = 1304, EventName = nameof(RateLimiterWaiting), Level = LogLevel.Debug,
        Message = "Client-side rate limit for {ApiName} reached; waiting {Delay}")]
    public static partial void RateLimiterWaiting(ILogger logger, string apiName, TimeSpan delay);

    [LoggerMessage(EventId = 1305, EventName = nameof(TokenExchanged), Level = LogLevel.Information,
        Message = "Token endpoint issued a {GrantType} token for {ApiName}, access token valid until {ExpiresAt}")]
    public static partial void TokenExchanged(ILogger logger, string grantType, string apiName, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1306, EventName = nameof(RefreshTokenRefused), Level = LogLevel.Error,
        Message = "Schwab refused the refresh token for {ApiName} ({ErrorCode}): re-authentication required: run schwabctl auth --api {ApiName}")]
    public static partial void RefreshTokenRefused(ILogger logger, string apiName, string? errorCode);
}
