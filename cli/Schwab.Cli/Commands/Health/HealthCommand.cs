using System.CommandLine;
using Schwab.Cli.Output;
using Schwab.Core.Alerts;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// <c>schwabctl health [--json] [--alert]</c>: unit states, heartbeats, data freshness against the session, tokens and journal counts;
/// exit 0 ok, 1 warning, 2 critical, 3 unknown (the monitoring-plugin convention). With <c>--alert</c>, findings are mailed (see <see cref="HealthAlerts"/>).
/// </summary>
internal sealed class HealthCommand : SchwabCommand
{
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<bool> _alert = new("--alert") { Description = "Mail an alert for each warning or critical finding (throttled per key) and a recovery notice when one clears" };

    public HealthCommand()
        : base("health", "Check units, heartbeats, data freshness, tokens and journal errors; exit 0 ok, 1 warning, 2 critical, 3 unknown")
    {
        Add(_json);
        Add(_alert);
    }

    // A health check that cannot judge (no or invalid settings, an unexpected failure) is UNKNOWN, never OK or WARNING.
    protected override int FailureExitCode => ExitCodes.HealthUnknown;

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

        if (parseResult.GetValue(_alert))
        {
            // Alert outcomes are diagnostics: stdout stays the report (and pure JSON with --json).
            foreach (string line in await HealthAlerts.SendAsync(report, services.Get<AlertDispatcher>(), cancellationToken))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync("schwabctl: " + line);
            }
        }

        return report.ExitCode;
    }
}
