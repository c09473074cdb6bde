namespace Schwab.Core.Data.Tokens;

/// <summary>The outcome of <see cref="TokenStore.RefreshUnderLockAsync"/>.</summary>
/// <param name="Tokens">The tokens now stored (null when the app has no row: re-authentication required).</param>
/// <param name="Refreshed">True when this caller ran the refresh; false when the stored tokens no longer needed one.</param>
internal sealed record TokenRefreshResult(TokenSet? Tokens, bool Refreshed);
