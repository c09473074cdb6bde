using Microsoft.Extensions.Options;

namespace Schwab.Core.Api;

/// <summary>
/// Validates <see cref="SchwabApiOptions"/>, reporting every problem at once; each message starts with the full key
/// (<c>Schwab:Apps:MAIN_DATA:BaseUrl: must be an absolute http or https URL</c>).
/// </summary>
internal sealed class SchwabApiOptionsValidator : IValidateOptions<SchwabApiOptions>
{
    private const string Prefix = SchwabApiOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SchwabApiOptions options)
    {
        var failures = new List<string>();
        if (options.Apps.Count == 0)
        {
            failures.Add($"{Prefix}:Apps: at least one app must be configured (e.g. {Prefix}:Apps:MAIN_DATA)");
        }

        foreach ((string appName, SchwabAppOptions app) in options.Apps)
        {
            ValidateApp(appName, app, failures);
        }

        CheckAppReference("DataApp", options.DataApp, options, failures);
        CheckAppReference("TradeApp", options.TradeApp, options, failures);
        CheckRange(failures, "RequestTimeout", options.RequestTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        SchwabResilienceOptions resilience = options.Resilience;
        if (resilience.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{Prefix}:Resilience:MaxRetryAttempts: must be between 0 and 10");
        }

        CheckRange(failures, "Resilience:BaseDelay", resilience.BaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        CheckRange(failures, "Resilience:MaxDelay", resilience.MaxDelay, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        if (resilience.TotalTimeout <= options.RequestTimeout)
        {
            failures.Add($"{Prefix}:Resilience:TotalTimeout: must be longer than {Prefix}:RequestTimeout ({options.RequestTimeout})");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateApp(string appName, SchwabAppOptions app, List<string> failures)
    {
        string key = $"{Prefix}:Apps:{appName}";
        string env = $"{Prefix}__Apps__{appName}";
        if (string.IsNullOrWhiteSpace(app.ClientId))
        {
            failures.Add($"{key}:ClientId: is required (set {env}__ClientId in the environment file)");
        }

        if (string.IsNullOrWhiteSpace(app.ClientSecret))
        {
            failures.Add($"{key}:ClientSecret: is required (set {env}__ClientSecret in the environment file)");
        }

        if (!IsHttpUrl(app.BaseUrl))
        {
            failures.Add($"{key}:BaseUrl: must be an absolute http or https URL");
        }

        // The callback is needed only by `schwabctl auth`; daemons run without it, but a bad one is still reported.
        if (!string.IsNullOrEmpty(app.RedirectUri) && !IsHttpUrl(app.RedirectUri))
        {
            failures.Add($"{key}:RedirectUri: must be an absolute http or https URL");
        }

        if (app.RequestsPerMinute is < 1 or > 10_000)
        {
            failures.Add($"{key}:RequestsPerMinute: must be between 1 and 10000");
        }
    }

    private static void CheckAppReference(string property, string appName, SchwabApiOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(appName))
        {
            failures.Add($"{Prefix}:{property}: is required");
        }
        else if (options.Apps.Count > 0 && !options.Apps.ContainsKey(appName))
        {
            failures.Add($"{Prefix}:{property}: names app '{appName}', which is not configured under {Prefix}:Apps");
        }
    }

    private static void CheckRange(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Prefix}:{key}: must be between {min} and {max}");
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
