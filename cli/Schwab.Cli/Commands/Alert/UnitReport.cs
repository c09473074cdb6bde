using System.Text;

namespace Schwab.Cli.Commands.Alert;

/// <summary>
/// What an operator needs in a unit-failure mail: the unit's state (<c>systemctl show</c>), the result systemd hands
/// an <c>OnFailure=</c> unit (<c>$MONITOR_SERVICE_RESULT</c>, <c>$MONITOR_EXIT_CODE</c>, <c>$MONITOR_EXIT_STATUS</c>),
/// and its last journal lines. Each part that cannot be had says why instead; nothing here throws.
/// </summary>
internal sealed class UnitReport(string systemctl, string journalctl, Func<string, string?> environment)
{
    private const int JournalLines = 20;
    private static readonly TimeSpan s_toolTimeout = TimeSpan.FromSeconds(15);
    private static readonly string[] s_monitorVariables = ["MONITOR_SERVICE_RESULT", "MONITOR_EXIT_CODE", "MONITOR_EXIT_STATUS"];

    public async Task<string> DescribeAsync(string unit, CancellationToken cancellationToken)
    {
        var text = new StringBuilder().Append(unit).Append(" failed.\n\n");
        string monitor = string.Join(", ", s_monitorVariables.Select(name => (name, value: environment(name)))
            .Where(p => !string.IsNullOrEmpty(p.value))
            .Select(p => $"{p.name}={p.value}"));
        if (monitor.Length > 0)
        {
            text.Append("Result reported by systemd: ").Append(monitor).Append('\n');
        }

        (bool ok, string state) = await RunAsync(systemctl, ["show", unit, "--no-pager", "-p", "ActiveState,Result,ExecMainStatus,NRestarts"], cancellationToken);
        text.Append(ok ? "State: " + string.Join(' ', Lines(state)) : "State unavailable: " + state).Append("\n\n");

        (ok, string journal) = await RunAsync(journalctl, ["-u", unit, "-n", JournalLines.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", "cat", "--no-pager"], cancellationToken);
        text.Append(ok ? $"Last {JournalLines} journal lines:\n" + journal.TrimEnd() : "Journal unavailable: " + journal).Append('\n');
        return text.ToString();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<(bool Ok, string Text)> RunAsync(string tool, string[] args, CancellationToken cancellationToken)
    {
        ExternalCommand.Result result = await ExternalCommand.RunAsync(tool, args, s_toolTimeout, cancellationToken);
        return result.ExitCode switch
        {
            0 => (true, result.Stdout),
            ExternalCommand.NotRun => (false, result.Reason),
            _ => (false, $"{tool} exited with {result.ExitCode}: {Lines(result.Stderr).FirstOrDefault() ?? "no message"}"),
        };
    }
}
