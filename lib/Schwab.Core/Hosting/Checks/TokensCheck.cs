using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;

namespace Schwab.Core.Hosting.Checks;

/// <summary>
/// Each configured app has a token row: minutes of access token and hours of refresh token left. No row fails (nothing
/// can run until <c>schwabctl auth</c>); an expired refresh token only warns, so daemons start and report
/// "re-authentication required" instead of crash-looping.
/// </summary>
internal sealed class TokensCheck(IServiceProvider services, TimeProvider time) : IPrerequisiteCheck
{
    private static readonly TimeSpan s_warnBefore = TimeSpan.FromHours(24);

    public async Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        IEnumerable<string> apps;
        TokenStore store;
        try
        {
            apps = services.GetRequiredService<IOptions<SchwabApiOptions>>().Value.Apps.Keys.Order(StringComparer.Ordinal).ToList();
            store = services.GetRequiredService<TokenStore>();
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            // Invalid Schwab or Database settings: the configuration check has already said which.
            return [CheckResult.Failed("tokens", "not checked: the settings are invalid (see configuration)")];
        }

        var results = new List<CheckResult>();
        foreach (string apiName in apps)
        {
            results.Add(await CheckAsync(store, apiName, cancellationToken));
        }

        return results;
    }

    private async Task<CheckResult> CheckAsync(TokenStore store, string apiName, CancellationToken cancellationToken)
    {
        string check = "tokens:" + apiName;
        TokenSet? tokens;
        try
        {
            tokens = await store.GetAsync(apiName, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or TokenKeyException or System.Security.Cryptography.CryptographicException)
        {
            return CheckResult.Failed(check, "cannot be read: " + ex.Message.ReplaceLineEndings(" "));
        }

        if (tokens is null)
        {
            return CheckResult.Failed(check, $"no tokens stored: run schwabctl auth --api {apiName}");
        }

        DateTimeOffset now = time.GetUtcNow();
        TimeSpan refreshLeft = tokens.RefreshExpiresAt - now;
        string summary = TokenTimes.Summary(tokens, now);
        return refreshLeft <= TimeSpan.Zero
            ? CheckResult.Warning(check, $"re-authentication required: run schwabctl auth --api {apiName} (refresh token expired {tokens.RefreshExpiresAt:u})")
            : refreshLeft <= s_warnBefore
                ? CheckResult.Warning(check, $"{summary}: run schwabctl auth --api {apiName} before {tokens.RefreshExpiresAt:u}")
                : CheckResult.Ok(check, summary);
    }
}
