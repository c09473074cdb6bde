using System.Collections.Concurrent;
using Schwab.Core.Api.Auth;

namespace Schwab.Testing;

/// <summary>An in-memory <see cref="IAccessTokenSource"/>: hands out the current token per app and counts reads and invalidations.</summary>
public sealed class FakeAccessTokenSource : IAccessTokenSource
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.OrdinalIgnoreCase);
    private int _reads;
    private int _invalidations;

    /// <summary>Gets how many times a token was read.</summary>
    public int Reads => _reads;

    /// <summary>Gets how many times a cached token was invalidated.</summary>
    public int Invalidations => _invalidations;

    /// <summary>Gets or sets a hook run on invalidation (e.g. to simulate another process having refreshed the token).</summary>
    public Action<string>? OnInvalidate { get; set; }

    /// <summary>Gets or sets an exception every read throws (e.g. <c>ReauthenticationRequiredException</c>).</summary>
    public Exception? ReadFailure { get; set; }

    /// <summary>Sets the token returned for <paramref name="apiName"/>.</summary>
    public FakeAccessTokenSource Set(string apiName, string token)
    {
        _tokens[apiName] = token;
        return this;
    }

    /// <inheritdoc/>
    public ValueTask<string> GetAccessTokenAsync(string apiName, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        if (ReadFailure is not null)
        {
            return ValueTask.FromException<string>(ReadFailure);
        }

        return ValueTask.FromResult(_tokens.TryGetValue(apiName, out string? token) ? token : "token-" + apiName);
    }

    /// <inheritdoc/>
    public void Invalidate(string apiName)
    {
        Interlocked.Increment(ref _invalidations);
        OnInvalidate?.Invoke(apiName);
    }
}
