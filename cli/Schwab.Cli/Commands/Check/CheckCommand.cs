using System.CommandLine;
using Schwab.Cli.Output;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Check;

/// <summary><c>schwabctl check</c>: every prerequisite at once, every problem on its own line, exit 0 only when all hold.</summary>
internal sealed class CheckCommand : SchwabCommand
{
    private readonly Option<bool> _json = CommonOptions.Json();

    public CheckCommand()
        : base("check", "Check configuration, database, schema, token key and tokens; exit 0 when every prerequisite holds")
    {
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        IReadOnlyList<CheckResult> results = await Prerequisites.RunAsync(services, cancellationToken);
        foreach (CheckResult result in results)
        {
            if (output.IsJson)
            {
                await output.WriteJsonAsync(result);
            }
            else
            {
                await output.WriteLineAsync($"{Label(result.Status),-5} {result.Check}: {result.Message}");
            }
        }

        return results.Any(r => r.Status == CheckStatus.Failed) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Label(CheckStatus status) => status switch
    {
        CheckStatus.Ok => "ok",
        CheckStatus.Warning => "warn",
        _ => "FAIL",
    };
}
