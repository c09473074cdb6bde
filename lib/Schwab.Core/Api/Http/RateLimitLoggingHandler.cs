using System.Net;
using Microsoft.Extensions.Logging;

namespace Schwab.Core.Api.Http;

/// <summary>
/// Logs every HTTP 429 attempt with the stable text <c>429 rate limited</c> (operators grep <c>429\|rate.limit</c>).
/// Innermost, so each attempt is seen, retried or not.
/// </summary>
internal sealed class RateLimitLoggingHandler(ILogger<RateLimitLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            request.Options.TryGetValue(SchwabRequest.ApiName, out string? apiName);
            Log.RateLimited(logger, apiName ?? "?", request.Method.Method, SchwabRequest.EndpointOf(request), response.Headers.RetryAfter?.Delta);
        }

        return response;
    }
}
