using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// One check per app (<c>token:MAIN_DATA</c>), from the same token rows <c>schwabctl tokens</c> reads: no tokens, an expired
/// refresh token, or less than <c>Health:RefreshTokenCritical</c> left is critical; less than <c>RefreshTokenWarning</c> left,
/// or an expired access token (nobody is refreshing it), is a warning. Tokens are decrypted (proving the key fits) but never shown.
/// </summary>
internal static class TokenChecks
{
    /// <summary>
    /// The configured apps plus the data and trade app names, read without validating the app settings (health needs only
    /// the names, and a settings file whose app secrets live in another environment still has tokens to check).
    /// </summary>
    public static IReadOnlyList<string> AppNames(IConfiguration configuration)
    {
        IConfigurationSection section = configuration.GetSection(SchwabApiOptions.SectionName);
        var defaults = new SchwabApiOptions();
        IEnumerable<string> apps = section.GetSection("Apps").GetChildren().Select(c => c.Key);
        string data = section["DataApp"] ?? defaults.DataApp;
        string trade = section["TradeApp"] ?? defaults.TradeApp;
        return [.. apps.Append(data).Append(trade).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    public static async Task<HealthCheck> EvaluateAsync(HealthContext context, TokenStore store, string apiName, CancellationToken cancellationToken)
    {
        string name = "token " + apiName;
        string key = "token:" + apiName;
        TokenSet? tokens;
        try
        {
            tokens = await store.GetAsync(apiName, cancellationToken);
        }
        catch (Exception ex) when (ex is TokenKeyException or CryptographicException)
        {
            return HealthCheck.Of(HealthStatus.Critical, name, key, $"cannot read the tokens: {ex.Message}");
        }

        if (tokens is null)
        {
            return HealthCheck.Of(HealthStatus.Critical, name, key, $"no tokens: run schwabctl auth --api {apiName}", Values(context, null, true));
        }

        TimeSpan refreshLeft = tokens.RefreshExpiresAt - context.Now;
        TimeSpan accessLeft = tokens.ExpiresAt - context.Now;
        bool reauth = refreshLeft <= TimeSpan.Zero || ReauthReported(context, apiName);
        var values = Values(context, tokens, reauth);
        string times = $"access token {Ago.Span(accessLeft)} left, refresh token {Ago.Span(refreshLeft)} left";
        if (reauth)
        {
            return HealthCheck.Of(HealthStatus.Critical, name, key, $"re-authentication required: run schwabctl auth --api {apiName} ({times})", values);
        }

        if (refreshLeft < context.Options.RefreshTokenCritical || refreshLeft < context.Options.RefreshTokenWarning)
        {
            HealthStatus level = refreshLeft < context.Options.RefreshTokenCritical ? HealthStatus.Critical : HealthStatus.Warning;
            return HealthCheck.Of(level, name, key, $"refresh token expires in {Ago.Span(refreshLeft)}: run schwabctl auth --api {apiName} before then ({times})", values);
        }

        return accessLeft <= TimeSpan.Zero
            ? HealthCheck.Of(HealthStatus.Warning, name, key, $"access token expired {Ago.Span(-accessLeft)} ago: is {HealthUnits.Tokens} refreshing it? ({times})", values)
            : HealthCheck.Ok(name, key, times, values);
    }

    // schwab-tokens keeps running when Schwab refuses a refresh token and says so in its status.
    private static bool ReauthReported(HealthContext context, string apiName) =>
        context.Heartbeat(HealthUnits.Tokens) is { } row
        && row.LastError is { } error
        && (row.LastSuccessAt is null || row.LastErrorAt > row.LastSuccessAt)
        && error.Contains("re-authentication required", StringComparison.OrdinalIgnoreCase)
        && error.Contains(apiName, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, object?> Values(HealthContext context, TokenSet? tokens, bool reauth) => new()
    {
        ["accessExpiresAt"] = tokens?.ExpiresAt,
        ["accessMinutesLeft"] = tokens is null ? null : TokenTimes.AccessMinutesLeft(tokens, context.Now),
        ["refreshExpiresAt"] = tokens?.RefreshExpiresAt,
        ["refreshHoursLeft"] = tokens is null ? null : TokenTimes.RefreshHoursLeft(tokens, context.Now),
        ["reauthenticationRequired"] = reauth,
    };
}
