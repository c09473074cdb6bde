using System.Text;

namespace Schwab.Core.Data.Tokens;

/// <summary>The OAuth tokens of one Schwab app as stored in <c>OPT.SCHWAB.API</c> (plaintext in memory only).</summary>
/// <param name="ApiName">The app's configured name (<c>MAIN_DATA</c>, <c>MAIN_TRADE</c>).</param>
/// <param name="AccessToken">The bearer token (30 minutes).</param>
/// <param name="RefreshToken">The refresh token (7 days from <paramref name="RefreshIssuedAt"/>).</param>
/// <param name="ExpiresAt">When the access token expires (UTC).</param>
/// <param name="RefreshIssuedAt">When the refresh token was issued, i.e. the last full login (UTC).</param>
/// <param name="RefreshExpiresAt">When the refresh token expires: issued + 7 days (UTC).</param>
/// <param name="UpdatedAt">When the row was last written (UTC; set by the store).</param>
/// <param name="Version">The row's optimistic-concurrency version (0 = never stored).</param>
internal sealed record TokenSet(
    string ApiName,
    string AccessToken,
    string RefreshToken,
    DateTimeOffset ExpiresAt,
    DateTimeOffset RefreshIssuedAt,
    DateTimeOffset RefreshExpiresAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    /// <summary>How long Schwab honours a refresh token.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(7);

    /// <summary>A token set from a full login at <paramref name="issuedAt"/>: the refresh token expires 7 days later.</summary>
    public static TokenSet FromLogin(string apiName, string accessToken, string refreshToken, DateTimeOffset issuedAt, TimeSpan accessLifetime) =>
        new(apiName, accessToken, refreshToken, issuedAt + accessLifetime, issuedAt, issuedAt + RefreshTokenLifetime, issuedAt, 0);

    // Keeps tokens out of logs and exception messages when a TokenSet is formatted.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ApiName = ").Append(ApiName)
            .Append(", AccessToken = ***, RefreshToken = ***, ExpiresAt = ").Append(ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", RefreshExpiresAt = ").Append(RefreshExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Version = ").Append(Version);
        return true;
    }
}
