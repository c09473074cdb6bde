namespace Schwab.Simulator.Recording;

/// <summary>The grant type of a token-endpoint call.</summary>
public enum TokenGrantKind
{
    /// <summary><c>grant_type=authorization_code</c>.</summary>
    AuthorizationCode,

    /// <summary><c>grant_type=refresh_token</c>.</summary>
    RefreshToken,
}
