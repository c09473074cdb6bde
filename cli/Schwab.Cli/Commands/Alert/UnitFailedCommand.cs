using System.CommandLine;
using System.Text.RegularExpressions;
using Schwab.Core.Alerts;

namespace Schwab.Cli.Commands.Alert;

/// <summary>
/// <c>schwabctl alert unit-failed UNIT</c>: the <c>OnFailure=</c> hook (<c>schwab-alert@.service</c>). Raises
/// <c>unit-failed:UNIT</c> with the unit's state and last journal lines (redacted by the dispatcher); works with less
/// detail where systemctl or journalctl are unavailable. Exit 0 when sent, throttled or alerts are off; 1 when the mail failed.
/// </summary>
internal sealed partial class UnitFailedCommand : SchwabCommand
{
    /// <summary>The key prefix of unit-failure alerts (the health check resolves these when a unit is active again).</summary>
    public const string KeyPrefix = "unit-failed:";

    private readonly Argument<string> _unit = new("unit") { Description = "The unit that failed (systemd passes %n, e.g. schwab-chains.service)" };

    // Test seams: where the tools are (hidden; production uses PATH).
    private readonly Option<string> _systemctl = new("--systemctl") { Hidden = true, DefaultValueFactory = _ => "systemctl" };
    private readonly Option<string> _journalctl = new("--journalctl") { Hidden = true, DefaultValueFactory = _ => "journalctl" };

    public UnitFailedCommand()
        : base("unit-failed", "Raise the 'unit failed' alert for UNIT with its state and last journal lines (the OnFailure= hook)")
    {
        Add(_unit);
        Add(_systemctl);
        Add(_journalctl);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        string unit = parseResult.GetValue(_unit) ?? "";
        TextWriter error = parseResult.InvocationConfiguration.Error;
        if (!UnitName().IsMatch(unit))
        {
            await error.WriteLineAsync($"schwabctl: '{unit}' is not a systemd unit name");
            return ExitCodes.Usage;
        }

        var report = new UnitReport(parseResult.GetValue(_systemctl)!, parseResult.GetValue(_journalctl)!, Environment.GetEnvironmentVariable);
        string body = await report.DescribeAsync(unit, cancellationToken);
        AlertOutcome outcome = await services.Get<AlertDispatcher>().RaiseAsync(KeyPrefix + unit, $"{unit} failed", body, cancellationToken);
        await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{KeyPrefix}{unit}: {outcome.ToString().ToLowerInvariant()}");
        return outcome == AlertOutcome.Failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    [GeneratedRegex(@"^[A-Za-z0-9:_.@\\][A-Za-z0-9:_.@\\-]{0,255}$")]
    private static partial Regex UnitName();
}
