using System.Globalization;

namespace Schwab.Core.Data.Tokens;

/// <summary>What is left of an app's tokens at an instant, as schwabctl (tokens, health, demo) and the start-up tokens check show it (never the tokens).</summary>
internal static class TokenTimes
{
    /// <summary>Whole minutes until the access token expires (negative once it has).</summary>
    public static int AccessMinutesLeft(TokenSet tokens, DateTimeOffset now) => (int)Math.Floor((tokens.ExpiresAt - now).TotalMinutes);

    /// <summary>Whole hours until the refresh token expires (negative once it has).</summary>
    public static int RefreshHoursLeft(TokenSet tokens, DateTimeOffset now) => (int)Math.Floor((tokens.RefreshExpiresAt - now).TotalHours);

    /// <summary><c>access token N min left, refresh token M h left</c>, each at least 0.</summary>
    public static string Summary(TokenSet tokens, DateTimeOffset now) => string.Create(
        CultureInfo.InvariantCulture,
        $"access token {Math.Max(0, AccessMinutesLeft(tokens, now))} min left, refresh token {Math.Max(0, RefreshHoursLeft(tokens, now))} h left");
}
