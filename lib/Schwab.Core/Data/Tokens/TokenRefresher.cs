using Microsoft.Extensions.Logging;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;

namespace Schwab.Core.Data.Tokens;

/// <summary>
/// The one way tokens are refreshed or replaced — by <c>schwab-tokens</c>, <c>schwabctl refresh-token</c> and
/// <c>schwabctl auth</c> — so two processes never both spend a refresh: the call happens under the token lock, after
/// re-reading the row.
/// </summary>
internal sealed class TokenRefresher(TokenStore store, OAuthClient oauth, TimeProvider time, ILogger<TokenRefresher> logger)
{
    /// <summary>
    /// Refreshes <paramref name="apiName"/>'s access token when it expires within <paramref name="ahead"/>, or, with
    /// <paramref name="force"/>, unless another process refreshed it since this call read the row (then its token is used).
    /// </summary>
    /// <returns>The tokens now stored and whether this call refreshed them.</returns>
    /// <exception cref="ReauthenticationRequiredException">No tokens are stored, or Schwab refused the refresh token.</exception>
    public async Task<TokenRefreshResult> RefreshAsync(string apiName, TimeSpan ahead, bool force, CancellationToken cancellationToken)
    {
        TokenSet? seen = await store.GetAsync(apiName, cancellationToken) ?? throw new ReauthenticationRequiredException(apiName);
        TokenRefreshResult result = await store.RefreshUnderLockAsync(
            apiName,
            current => current is not null && ((force && current.Version == seen.Version) || current.ExpiresAt - time.GetUtcNow() <= ahead),
            async (current, ct) =>
            {
                if (current.RefreshExpiresAt <= time.GetUtcNow())
                {
                    throw new ReauthenticationRequiredException(apiName);
                }

                OAuthTokens fresh = await oauth.RefreshAsync(apiName, current.RefreshToken, current.RefreshIssuedAt, ct);
                return ToTokenSet(apiName, fresh, current.Version);
            },
            cancellationToken);
        if (result.Tokens is null)
        {
            throw new ReauthenticationRequiredException(apiName);
        }

        if (!result.Refreshed)
        {
            Log.RefreshSkippedAnotherWriter(logger, apiName, result.Tokens.Version);
        }

        return result;
    }

    /// <summary>Stores the tokens of a new login (<c>schwabctl auth</c>), replacing whatever the row held.</summary>
    /// <returns>The stored tokens.</returns>
    public async Task<TokenSet> StoreLoginAsync(string apiName, OAuthTokens tokens, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            TokenSet? current = await store.GetAsync(apiName, cancellationToken);
            try
            {
                return await store.SaveAsync(ToTokenSet(apiName, tokens, current?.Version ?? 0), current?.Version ?? 0, cancellationToken);
            }
            catch (TokenConcurrencyException) when (attempt < 3)
            {
                // The daemon refreshed the old pair meanwhile; the login still wins.
            }
        }
    }

    private TokenSet ToTokenSet(string apiName, OAuthTokens tokens, int version) =>
        new(apiName, tokens.AccessToken, tokens.RefreshToken, tokens.AccessTokenExpiresAt, tokens.RefreshTokenIssuedAt,
            tokens.RefreshTokenExpiresAt, time.GetUtcNow(), version);
}
