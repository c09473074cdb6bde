using Microsoft.Extensions.Logging;

namespace Schwab.Core.Api.Http;

/// <summary>
/// Takes a permit from the app's <see cref="RequestRateLimiter"/> before the first attempt of a request. It sits
/// outside the resilience handler so that waiting for a permit never counts against the attempt timeout; retries take
/// their permits in the retry strategy's <c>OnRetry</c> (see <see cref="SchwabResilience"/>).
/// </summary>
internal sealed class RateLimitingHandler(SchwabRateLimiters limiters, ILogger<RateLimitingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string apiName = SchwabRequest.GetApiName(request);
        await limiters.For(apiName).AcquireAsync(delay => Log.RateLimiterWaiting(logger, apiName, delay), cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
