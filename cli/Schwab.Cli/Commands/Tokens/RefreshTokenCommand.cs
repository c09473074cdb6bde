using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Data.Tokens;

namespace Schwab.Cli.Commands.Tokens;

/// <summary>
/// <c>schwabctl refresh-token --api NAME</c>: refresh the access token now, under the same lock as <c>schwab-tokens</c>,
/// so running it while the daemon refreshes still makes exactly one refresh call.
/// </summary>
internal sealed class RefreshTokenCommand : SchwabCommand
{
    private readonly Option<string> _api = CommonOptions.Api();

    public RefreshTokenCommand()
        : base("refresh-token", "Refresh an app's access token now")
    {
        Add(_api);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        string apiName = parseResult.GetValue(_api)!;
        await using AsyncServiceScope scope = services.Provider.CreateAsyncScope();
        TokenRefreshResult result = await scope.ServiceProvider.GetRequiredService<TokenRefresher>()
            .RefreshAsync(apiName, TimeSpan.Zero, force: true, cancellationToken);
        string how = result.Refreshed ? "refreshed" : "was just refreshed by another process; using its token:";
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(
            $"{apiName} {how} access token valid until {result.Tokens!.ExpiresAt:u}, refresh token until {result.Tokens.RefreshExpiresAt:u}");
        return ExitCodes.Success;
    }
}
