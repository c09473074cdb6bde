using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Check;

/// <summary>One cheap authenticated call per app that has tokens (<c>GET /userPreference</c>): proves the secret, the token and the network.</summary>
internal sealed class ApiCallCheck(IServiceProvider services) : IPrerequisiteCheck
{
    public async Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> apps;
        TokenStore store;
        try
        {
            apps = [.. services.GetRequiredService<IOptions<SchwabApiOptions>>().Value.Apps.Keys.Order(StringComparer.Ordinal)];
            store = services.GetRequiredService<TokenStore>();
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            return [];
        }

        var results = new List<CheckResult>();
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        SchwabClient client = scope.ServiceProvider.GetRequiredService<SchwabClient>();
        foreach (string apiName in apps)
        {
            string check = "api:" + apiName;
            try
            {
                if (await store.GetAsync(apiName, cancellationToken) is null)
                {
                    continue;
                }

                await client.ForApp(apiName).UserPreference.GetAsync(cancellationToken);
                results.Add(CheckResult.Ok(check, "an authenticated call (userPreference) succeeded"));
            }
            catch (SchwabApiException ex)
            {
                results.Add(CheckResult.Failed(check, ex.Message.ReplaceLineEndings(" ")));
            }
        }

        return results;
    }
}
