using System.Collections.Concurrent;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;

namespace Schwab.Core.Data.Tokens;

/// <summary>
/// Access tokens for the REST client, read from the token table (written only by <c>schwab-tokens</c> and
/// <c>schwabctl refresh-token</c>/<c>auth</c>) and cached until shortly before they expire. On a 401 the client
/// calls <see cref="Invalidate"/> and the next read goes to the table again (readers never refresh).
/// </summary>
internal sealed class StoredAccessTokenSource(TokenStore store, TimeProvider time) : IAccessTokenSource
{
    /// <summary>How long before its expiry a cached token is read again (schwab-tokens refreshes 5 minutes ahead).</summary>
    internal static readonly TimeSpan ReadAhead = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, TokenSet> _cache = new(StringComparer.Ordinal);

    public async ValueTask<string> GetAccessTokenAsync(string apiName, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        if (_cache.TryGetValue(apiName, out TokenSet? cached) && cached.ExpiresAt - ReadAhead > now)
        {
            return cached.AccessToken;
        }

        TokenSet tokens = await store.GetAsync(apiName, cancellationToken)
            ?? throw new ReauthenticationRequiredException(apiName);
        if (tokens.RefreshExpiresAt <= now && tokens.ExpiresAt <= now)
        {
            throw new ReauthenticationRequiredException(apiName);
        }

        _cache[apiName] = tokens;
        return tokens.AccessToken;
    }

    public void Invalidate(string apiName) => _cache.TryRemove(apiName, out _);
}
