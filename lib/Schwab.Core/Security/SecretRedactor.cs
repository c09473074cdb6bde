using System.Text.RegularExpressions;
using Schwab.Core.Data.Orders;

namespace Schwab.Core.Security;

/// <summary>
/// Removes secrets from free text that leaves the machine (alert mails): known secret values, bearer and basic
/// credentials, <c>access_token</c>/<c>refresh_token</c>/<c>client_secret</c>/<c>password</c> values in query, form,
/// header or JSON shape, OAuth <c>code=</c> values, and account numbers (any run of 8 or more digits keeps only its
/// last three, as <see cref="RawJsonRedactor.Mask"/> does for stored JSON).
/// </summary>
internal static partial class SecretRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Hidden = "***";

    // Shorter known values are not replaced literally: they would garble ordinary words (the patterns still apply).
    private const int MinimumKnownLength = 6;

    /// <summary><paramref name="text"/> with every secret it holds replaced.</summary>
    /// <param name="text">The text.</param>
    /// <param name="knownSecrets">Values that are secret wherever they appear (configured client secrets, the SMTP password).</param>
    public static string Redact(string text, IEnumerable<string?>? knownSecrets = null)
    {
        string result = text;
        foreach (string secret in (knownSecrets ?? []).OfType<string>().Where(s => s.Length >= MinimumKnownLength).OrderByDescending(s => s.Length))
        {
            result = result.Replace(secret, Hidden, StringComparison.Ordinal);
        }

        result = AuthorizationScheme().Replace(result, m => m.Groups["scheme"].Value + " " + Hidden);
        result = SchwabToken().Replace(result, Hidden);
        result = Jwt().Replace(result, Hidden);
        result = OpaqueRun().Replace(result, Hidden);
        result = NamedSecret().Replace(result, m => m.Groups["name"].Value + Hidden);
        result = GenericSecret().Replace(result, m => m.Groups["name"].Value + Hidden);
        result = QueryCode().Replace(result, m => m.Groups["name"].Value + Hidden);
        result = LongCode().Replace(result, m => m.Groups["name"].Value + Hidden);
        return LongDigits().Replace(result, m => RawJsonRedactor.Mask(m.Value));
    }

    [GeneratedRegex(@"(?<scheme>\b(?:Bearer|Basic))\s+[A-Za-z0-9._~+/=@%-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationScheme();

    // Schwab's own shapes (schwab-api.md): access tokens "I0.<base64>.<opaque>@", authorization codes "C0.…@" (or %40).
    [GeneratedRegex(@"\b[IC]0\.[A-Za-z0-9._~+/=-]{16,}(?:@|%40)?", RegexOptions.CultureInvariant)]
    private static partial Regex SchwabToken();

    // id_token and other JWTs.
    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    // A bare opaque token (refresh tokens are 96 URL-safe characters and an "@"); no words, paths or hashes are this long and unbroken.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{65,}@?", RegexOptions.CultureInvariant)]
    private static partial Regex OpaqueRun();

    // access_token=…, "refresh_token": "…", ClientSecret: …, Alerts__Password=… (any length: these names are always secret).
    [GeneratedRegex(
        @"(?<name>[""']?\b[A-Za-z_]*(?:access[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret|password|passwd)[""']?\s*[:=]\s*[""']?)[^\s""'&,;}]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedSecret();

    // token=…, secret: … only when the value is long enough to be one ("token: expires in 5 minutes" stays readable).
    [GeneratedRegex(@"(?<name>[""']?\b(?:token|secret|api[_-]?key)[""']?\s*[:=]\s*[""']?)[^\s""'&,;}]{12,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericSecret();

    // The authorization code in a redirect URL: ?code=… or &code=…
    [GeneratedRegex(@"(?<name>[?&]code=)[^\s&""'#]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryCode();

    // code=… elsewhere, when the value looks like one (systemd's "code=exited" stays).
    [GeneratedRegex(@"(?<name>\bcode\s*[=:]\s*[""']?)[^\s&""',;]{16,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LongCode();

    [GeneratedRegex(@"(?<!\d)\d{8,}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigits();
}
