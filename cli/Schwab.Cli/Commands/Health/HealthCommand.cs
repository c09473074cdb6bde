using System.CommandLine;
using Schwab.Cli.Output;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// <c>schwabctl health [--json]</c>: unit states, heartbeats, data freshness against the session, tokens and journal counts;
/// exit 0 ok, 1 warning, 2 critical (the monitoring-plugin convention).
/// </summary>
internal sealed class HealthCommand : SchwabCommand
{
    private readonly Option<bool> _json = CommonOptions.Json();

    public HealthCommand()
        : base("health", "Check units, heartbeats, data freshness, tokens and journal errors; exit 0 ok, 1 warning, 2 critical")
    {
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        HealthReport report = await new HealthRunner(services).RunAsync(cancellationToken);
        if (output.IsJson)
        {
            await output.WriteJsonAsync(report.ToJson());
        }
        else
        {
            foreach (string line in HealthTable.Lines(report))
            {
                await output.WriteLineAsync(line);
            }
        }

        return report.ExitCode;
    }
}
