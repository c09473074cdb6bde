using System.Globalization;
using System.Text.RegularExpressions;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>The same daemon run from a shell, no systemd: readable <c>&lt;N&gt;</c>-prefixed stderr and clean exits.</summary>
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
        using var run = await ProbeRun.StartAsync(_dir, []);
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
        using var run = await ProbeRun.StartAsync(_dir, ["--Probe:FaultAfter=1"]);

        int exitCode = await run.WaitForExitAsync(s_timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains(run.Lines, line => line.StartsWith("<2>", StringComparison.Ordinal) && line.Contains("Worker ProbeWorker failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailAtStart_CheckFails_ExitsOneBeforeAnyTickWithTheReason()
    {
        using var run = await ProbeRun.StartAsync(_dir, ["--Probe:FailAtStart=true"]);

        int exitCode = await run.WaitForExitAsync(s_timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains(run.Lines, line => line.StartsWith("<2>", StringComparison.Ordinal) && line.EndsWith("probe: probe refused to start because Probe:FailAtStart is set", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Lines, line => line.Contains("Probe tick", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^<[0-7]>\S")]
    private static partial Regex PriorityPrefix();
}
