using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Api.Http;

/// <summary>One <see cref="RequestRateLimiter"/> per configured app (<c>RequestsPerMinute</c>, default 120).</summary>
internal sealed class SchwabRateLimiters(IOptions<SchwabApiOptions> options, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, RequestRateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    public RequestRateLimiter For(string apiName) =>
        _limiters.GetOrAdd(apiName, name => new RequestRateLimiter(options.Value.GetApp(name).RequestsPerMinute, s_window, time));

    public void Dispose()
    {
        foreach (RequestRateLimiter limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
