namespace Schwab.Core.Api.Auth;

/// <summary>
/// A token pair with the expiry facts Schwab does not send: the access token's expiry (from <c>expires_in</c>) and the
/// refresh token's original issue time (7 days, not extended by refreshing). <see cref="ToString"/> shows no secret.
/// </summary>
public sealed record OAuthTokens
{
    /// <summary>Schwab's refresh-token lifetime: 7 days from the original authorization.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(7);

    /// <summary>Gets the access token (secret).</summary>
    public required string AccessToken { get; init; }

    /// <summary>Gets the refresh token (secret).</summary>
    public required string RefreshToken { get; init; }

    /// <summary>Gets when the access token expires (UTC; 30 minutes after issue).</summary>
    public required DateTimeOffset AccessTokenExpiresAt { get; init; }

    /// <summary>Gets when the refresh token was originally issued (the browser login), kept across refreshes.</summary>
    public required DateTimeOffset RefreshTokenIssuedAt { get; init; }

    /// <summary>Gets when the refresh token stops working (issue + 7 days).</summary>
    public DateTimeOffset RefreshTokenExpiresAt => RefreshTokenIssuedAt + RefreshTokenLifetime;

    /// <summary>Gets the token type (<c>Bearer</c>).</summary>
    public string? TokenType { get; init; }

    /// <summary>Gets the scope (<c>api</c>).</summary>
    public string? Scope { get; init; }

    /// <summary>Gets the OpenID id token, if sent (secret).</summary>
    public string? IdToken { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"OAuthTokens(access expires {AccessTokenExpiresAt:u}, refresh expires {RefreshTokenExpiresAt:u})";
}
