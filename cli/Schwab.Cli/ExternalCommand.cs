using System.ComponentModel;
using System.Diagnostics;

namespace Schwab.Cli;

/// <summary>
/// Runs <c>systemctl</c> or <c>journalctl</c> (health, alert unit-failed) and captures its output; a missing program or a
/// timeout is an outcome (<see cref="NotRun"/>), not an exception.
/// </summary>
internal static class ExternalCommand
{
    /// <summary>The exit code of a program that could not be started or did not finish in time (a real one is 0–255).</summary>
    public const int NotRun = -1;

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>The first line of stderr (or a generic reason), for a one-line "unavailable" detail.</summary>
        public string Reason => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? $"exit code {ExitCode}";
    }

    public static async Task<Result> RunAsync(string program, IReadOnlyList<string> args, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // systemctl and journalctl must not page or colour what we parse.
        start.Environment["SYSTEMD_PAGER"] = "";
        start.Environment["SYSTEMD_COLORS"] = "0";
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return new Result(NotRun, "", $"{program}: {ex.Message}");
        }

        process.StandardInput.Close();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeoutSource.Token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(timeoutSource.Token);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
            return new Result(process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return new Result(NotRun, "", $"{program} did not answer within {timeout.TotalSeconds:0} s");
        }
    }
}
