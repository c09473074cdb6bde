using Schwab.Core.Security;

namespace Schwab.Core.Data.Tokens;

/// <summary>The associated data that binds each encrypted token to its row and column.</summary>
internal static class TokenPlaces
{
    public static string AccessToken(string apiName) => TokenProtector.Place("API", "access_token", apiName);

    public static string RefreshToken(string apiName) => TokenProtector.Place("API", "refresh_token", apiName);

    public static string AccountNumber(string accountHash) => TokenProtector.Place("HASH", "account_number", accountHash);
}
