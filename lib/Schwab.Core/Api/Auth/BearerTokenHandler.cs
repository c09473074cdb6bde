using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Schwab.Core.Api.Http;

namespace Schwab.Core.Api.Auth;

/// <summary>
/// Adds <c>Authorization: Bearer</c> from <see cref="IAccessTokenSource"/>. On a 401 it invalidates the cached token and
/// re-sends once with a re-read token (another process may just have refreshed it); a second 401 is returned as is.
/// Only idempotent requests are re-sent. That one re-send does not take a rate-limit permit: it runs inside the attempt
/// timeout, where waiting up to a minute for a permit would turn a recoverable 401 into a timeout.
/// </summary>
internal sealed class BearerTokenHandler(IAccessTokenSource tokens, ILogger<BearerTokenHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string apiName = SchwabRequest.GetApiName(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAccessTokenAsync(apiName, cancellationToken));
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !SchwabRequest.IsIdempotent(request.Method))
        {
            return response;
        }

        Log.UnauthorizedRetrying(logger, apiName, SchwabRequest.EndpointOf(request));
        response.Dispose();
        tokens.Invalidate(apiName);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAccessTokenAsync(apiName, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
