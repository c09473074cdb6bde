namespace Schwab.Core.Api.Auth;

/// <summary>
/// Supplies the current access token of an app. The production source reads the token row from the database and
/// caches it until shortly before it expires; only <c>schwab-tokens</c> and <c>schwabctl</c> ever refresh.
/// </summary>
public interface IAccessTokenSource
{
    /// <summary>Returns the current access token of <paramref name="apiName"/> (from cache when still fresh).</summary>
    /// <param name="apiName">The app name, e.g. <c>MAIN_DATA</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bearer token.</returns>
    /// <exception cref="ReauthenticationRequiredException">No usable token exists; a human must run <c>schwabctl auth</c>.</exception>
    ValueTask<string> GetAccessTokenAsync(string apiName, CancellationToken cancellationToken);

    /// <summary>Drops any cached token of <paramref name="apiName"/>, so the next read goes to the store (after a 401).</summary>
    /// <param name="apiName">The app name.</param>
    void Invalidate(string apiName);
}
