using System.CommandLine;
using Microsoft.Extensions.Options;
using Schwab.Cli.Output;
using Schwab.Core.Api;
using Schwab.Core.Data.Tokens;

namespace Schwab.Cli.Commands.Tokens;

/// <summary><c>schwabctl tokens [--json]</c>: each app's access-token minutes and refresh-token hours left (never the tokens). Exit 1 when an app needs a login.</summary>
internal sealed class TokensCommand : SchwabCommand
{
    private readonly Option<bool> _json = CommonOptions.Json();

    public TokensCommand()
        : base("tokens", "List each app's access-token minutes and refresh-token hours left")
    {
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        TokenStore store = services.Get<TokenStore>();
        DateTimeOffset now = services.Get<TimeProvider>().GetUtcNow();
        bool needsLogin = false;
        foreach (string apiName in services.Get<IOptions<SchwabApiOptions>>().Value.Apps.Keys.Order(StringComparer.Ordinal))
        {
            TokenSet? tokens = await store.GetAsync(apiName, cancellationToken);
            bool loginNeeded = tokens is null || tokens.RefreshExpiresAt <= now;
            needsLogin |= loginNeeded;
            if (output.IsJson)
            {
                await output.WriteJsonAsync(new
                {
                    api = apiName,
                    accessMinutesLeft = tokens is null ? (int?)null : TokenTimes.AccessMinutesLeft(tokens, now),
                    accessExpiresAt = tokens?.ExpiresAt,
                    refreshHoursLeft = tokens is null ? (int?)null : TokenTimes.RefreshHoursLeft(tokens, now),
                    refreshExpiresAt = tokens?.RefreshExpiresAt,
                    reauthenticationRequired = loginNeeded,
                });
            }
            else if (tokens is null)
            {
                await output.WriteLineAsync($"{apiName}: no tokens: run schwabctl auth --api {apiName}");
            }
            else
            {
                string advice = loginNeeded ? $" (re-authentication required: schwabctl auth --api {apiName})" : "";
                await output.WriteLineAsync($"{apiName}: {TokenTimes.Summary(tokens, now)}{advice}");
            }
        }

        return needsLogin ? ExitCodes.Failure : ExitCodes.Success;
    }
}
