using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Schwab.Cli.Commands.Accounts;

/// <summary><c>schwabctl accounts link --api NAME</c>: fetch and store the account hashes (numbers encrypted at rest).</summary>
internal sealed class LinkCommand : SchwabCommand
{
    private readonly Option<string> _api = CommonOptions.Api();

    public LinkCommand()
        : base("link", "Fetch the account numbers and hashes of an app and store them")
    {
        Add(_api);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.Provider.CreateAsyncScope();
        foreach (string line in await AccountLinker.LinkAsync(scope.ServiceProvider, parseResult.GetValue(_api)!, cancellationToken))
        {
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(line);
        }

        return ExitCodes.Success;
    }
}
