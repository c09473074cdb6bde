using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Schwab.Core.Api.Http;

/// <summary>
/// Binds <see cref="SchwabApiOptions"/> onto the standard resilience handler: retries with jittered
/// exponential back-off on 408/429/5xx/timeouts/network errors, never for POST/PUT/PATCH/DELETE; honours
/// <c>Retry-After</c> (seconds or HTTP date) on the injected <see cref="TimeProvider"/>; every retry takes a permit
/// from the app's rate limiter.
/// </summary>
/// <remarks>
/// The handler's own <c>Retry-After</c> generator reads HTTP dates against <c>TimeProvider.System</c>, so the delay
/// generator is replaced; its delays and timeouts already run on the DI <see cref="TimeProvider"/> (Polly.Extensions
/// sets the builder's time provider from the container).
/// </remarks>
internal static class SchwabResilience
{
    public static void Configure(HttpStandardResilienceOptions o, SchwabApiOptions api, SchwabRateLimiters limiters, TimeProvider time, ILogger logger)
    {
        SchwabResilienceOptions r = api.Resilience;
        o.Retry.MaxRetryAttempts = Math.Max(1, r.MaxRetryAttempts);
        if (r.MaxRetryAttempts == 0)
        {
            o.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
        }

        o.Retry.DisableForUnsafeHttpMethods();
        o.Retry.BackoffType = DelayBackoffType.Exponential;
        o.Retry.UseJitter = true;
        o.Retry.Delay = r.BaseDelay;
        o.Retry.MaxDelay = r.MaxDelay;
        o.Retry.DelayGenerator = args =>
            ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response.Headers.RetryAfter, time, r.MaxDelay) : null);
        o.Retry.OnRetry = async args =>
        {
            HttpRequestMessage? request = args.Context.GetRequestMessage();
            string outcome = args.Outcome.Result is { } res ? ((int)res.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : args.Outcome.Exception?.GetType().Name ?? "failure";
            Log.RetryingRequest(logger, request?.Method.Method ?? "?", SchwabRequest.EndpointOf(request), args.AttemptNumber + 1, args.RetryDelay, outcome);
            if (request is not null && request.Options.TryGetValue(SchwabRequest.ApiName, out string? apiName))
            {
                await limiters.For(apiName).AcquireAsync(null, args.Context.CancellationToken);
            }
        };
        o.AttemptTimeout.Timeout = api.RequestTimeout;
        o.TotalRequestTimeout.Timeout = r.TotalTimeout;

        // The standard options validator requires a sampling window of at least twice the attempt timeout.
        TimeSpan sampling = api.RequestTimeout * 2;
        o.CircuitBreaker.SamplingDuration = sampling > o.CircuitBreaker.SamplingDuration ? sampling : o.CircuitBreaker.SamplingDuration;
    }

    /// <summary>The delay a <c>Retry-After</c> header asks for (delta seconds or an HTTP date), capped; null when absent.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time, TimeSpan max)
    {
        TimeSpan? delay = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };
        return delay is null ? null : delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }
}
