using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>The same daemon run from a shell, no systemd: readable <c>&lt;N&gt;</c>-prefixed stderr and clean exits (SPEC §7, §9).</summary>
public sealed partial class ProbeInTerminalTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Signal_WhileRunning_ExitsZeroWithPriorityPrefixedLines(string signal)
    {
        using var run = ProbeRun.Start(_dir, []);
        await run.WaitForLineAsync("Probe tick 1", s_timeout);

        CommandResult kill = await ProcessRunner.RunAsync("kill", ["-s", signal, run.Pid.ToString(CultureInfo.InvariantCulture)], CancellationToken.None);
        int exitCode = await run.WaitForExitAsync(s_timeout);

        Assert.True(kill.ExitCode == 0, kill.ToString());
        Assert.Equal(0, exitCode);
        Assert.All(run.Lines, line => Assert.Matches(PriorityPrefix(), line));
        Assert.Contains(run.Lines, line => line.StartsWith("<6>", StringComparison.Ordinal) && line.EndsWith("Probe tick 1", StringComparison.Ordinal));
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task FaultAfter_WorkerThrows_ExitsOneWithACriticalLine()
    {
        using var run = ProbeRun.Start(_dir, ["--Probe:FaultAfter=1"]);

        int exitCode = await run.WaitForExitAsync(s_timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains(run.Lines, line => line.StartsWith("<2>", StringComparison.Ordinal) && line.Contains("Worker ProbeWorker failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailAtStart_CheckFails_ExitsOneBeforeAnyTickWithTheReason()
    {
        using var run = ProbeRun.Start(_dir, ["--Probe:FailAtStart=true"]);

        int exitCode = await run.WaitForExitAsync(s_timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains(run.Lines, line => line.StartsWith("<2>", StringComparison.Ordinal) && line.EndsWith("probe: probe refused to start because Probe:FailAtStart is set", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Lines, line => line.Contains("Probe tick", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^<[0-7]>\S")]
    private static partial Regex PriorityPrefix();

    /// <summary>One probe process with its stderr collected line by line.</summary>
    private sealed class ProbeRun : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly Task _stderr;
        private readonly Task<string> _stdout;
        private TaskCompletionSource<string>? _awaited;
        private string? _awaitedText;

        private ProbeRun(Process process)
        {
            _process = process;
            _stdout = process.StandardOutput.ReadToEndAsync();
            _stderr = Task.Run(ReadStderrAsync);
        }

        public int Pid => _process.Id;

        public IReadOnlyList<string> Lines { get { lock (_lines) { return [.. _lines]; } } }

        public string Stdout => _stdout.IsCompleted ? _stdout.Result : "";

        public static ProbeRun Start(TempDirectory dir, string[] extraArguments)
        {
            var info = new ProcessStartInfo(Repository.ProbeExecutable)
            {
                WorkingDirectory = dir.Path,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string argument in (string[])["--config", dir.Write("schwab.json", "{}"), .. extraArguments])
            {
                info.ArgumentList.Add(argument);
            }

            // A plain terminal: nothing from a surrounding systemd or journal.
            foreach (string variable in new[] { "NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID", "INVOCATION_ID", "SCHWAB_CONFIG" })
            {
                info.Environment.Remove(variable);
            }

            return new ProbeRun(Process.Start(info) ?? throw new InvalidOperationException("could not start schwab-probe"));
        }

        public async Task WaitForLineAsync(string text, TimeSpan timeout)
        {
            lock (_lines)
            {
                if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }

                _awaitedText = text;
                _awaited = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            await _awaited.Task.WaitAsync(timeout);
        }

        public async Task<int> WaitForExitAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            await _process.WaitForExitAsync(cts.Token);
            await _stderr.WaitAsync(cts.Token);
            await _stdout.WaitAsync(cts.Token);
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            _process.Dispose();
        }

        private async Task ReadStderrAsync()
        {
            while (await _process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                    if (_awaitedText is not null && line.Contains(_awaitedText, StringComparison.Ordinal))
                    {
                        _awaited!.TrySetResult(line);
                    }
                }
            }
        }
    }
}
