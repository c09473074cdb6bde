using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Schwab.Core.Reports.Journal;

/// <summary>
/// Runs <c>journalctl -o json</c> for the pipeline's units over a window and counts what <see cref="JournalParser"/> finds.
/// When journalctl cannot be run, fails, or finds no journal files, the summary says so instead of holding zeros.
/// </summary>
/// <remarks>
/// Units are named one by one rather than with <c>-u 'schwab-*'</c>: journalctl refuses a glob that matches no unit it
/// has seen ("Failed to add filter for units"), which would make a quiet journal look broken; the glob is added only
/// next to them (then journalctl accepts it matching nothing).
/// </remarks>
/// <param name="executable">journalctl, or a stand-in for tests.</param>
/// <param name="otherSchwabUnits">Also read and count any other <c>schwab-*</c> unit (health does; the report lists exactly <see cref="Units"/>).</param>
internal sealed class JournalctlReader(string executable = "journalctl", bool otherSchwabUnits = false)
{
    /// <summary>The units whose journal the report reads.</summary>
    public static readonly IReadOnlyList<string> Units =
    [
        "schwab-tokens.service", "schwab-markethours.service", "schwab-chains.service", "schwab-ohlc.service",
        "schwab-transactions.service", "schwab-balances.service", "schwab-stream.service", "schwab-health.service",
    ];

    /// <summary>Counts the journal entries of <see cref="Units"/> with <paramref name="from"/> ≤ time &lt; <paramref name="to"/>.</summary>
    public async Task<JournalSummary> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        // A host without journald (a container) answers every query with nothing and exit 0: probe for any entry at all
        // first, so "no journal" is never reported as "no restarts, no errors".
        JournalRun probe = await RunAsync(["--no-pager", "-o", "json", "-n", "1"], _ => { }, cancellationToken);
        if (Problem(probe) is { } unusable)
        {
            return JournalSummary.Unavailable(unusable);
        }

        if (probe.Lines == 0)
        {
            return JournalSummary.Unavailable("journalctl returned no entries at all (no journal on this host, or this user may not read it)");
        }

        var parser = new JournalParser(Units, from, to, otherSchwabUnits);
        JournalRun run = await RunAsync(Arguments(from, to, otherSchwabUnits), parser.Add, cancellationToken);
        return Problem(run) is { } problem ? JournalSummary.Unavailable(problem)
            : parser.ToSummary(run.Error.Contains("not seeing messages from other users", StringComparison.Ordinal)
                ? "partial: this user may not read the system journal (add it to the systemd-journal group)"
                : null);
    }

    /// <summary>The journalctl arguments for the window (whole seconds, widened; the parser trims to the exact window).</summary>
    public static IReadOnlyList<string> Arguments(DateTimeOffset from, DateTimeOffset to, bool otherSchwabUnits = false)
    {
        long since = from.ToUnixTimeSeconds();
        long until = to.ToUnixTimeSeconds() + 1;
        return
        [
            "--no-pager", "-o", "json",
            "--since", "@" + since.ToString(CultureInfo.InvariantCulture),
            "--until", "@" + until.ToString(CultureInfo.InvariantCulture),
            .. Units.SelectMany(u => new[] { "-u", u }),
            .. otherSchwabUnits ? new[] { "-u", "schwab-*" } : [],
        ];
    }

    private static string? Problem(JournalRun run) =>
        run.StartError is not null ? run.StartError
            : run.ExitCode != 0 ? $"journalctl exited with code {run.ExitCode}: {FirstLine(run.Error)}"
            : run.Error.Contains("No journal files were found", StringComparison.Ordinal) ? "journalctl found no journal files"
            : null;

    private async Task<JournalRun> RunAsync(IReadOnlyList<string> arguments, Action<string> onLine, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception ex)
        {
            return new JournalRun(-1, "", 0, $"{executable} could not be run ({ex.Message})");
        }

        if (process is null)
        {
            return new JournalRun(-1, "", 0, $"{executable} could not be started");
        }

        using (process)
        {
            Task<string> errors = process.StandardError.ReadToEndAsync(cancellationToken);
            int lines = 0;
            try
            {
                while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
                {
                    lines += string.IsNullOrWhiteSpace(line) ? 0 : 1;
                    onLine(line);
                }

                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return new JournalRun(process.ExitCode, await errors, lines, null);
        }
    }

    private static string FirstLine(string text)
    {
        string line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length == 0 ? "no message" : line;
    }

    private sealed record JournalRun(int ExitCode, string Error, int Lines, string? StartError);
}
