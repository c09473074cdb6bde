using System.Globalization;
using System.Text.RegularExpressions;
using Schwab.Simulator;
using Schwab.Simulator.Recording;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>The installed schwab-tokens binary run from a shell (no systemd), against the simulator in this process.</summary>
public sealed partial class TokensInTerminalTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Sigint_AfterARefresh_ExitsZeroWithReadablePriorityPrefixedLines()
    {
        // 2-minute access tokens refreshed 1:58 ahead, checked every second: a refresh within seconds, a line to wait for.
        await using SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { AccessTokenLifetime = TimeSpan.FromMinutes(2) });
        string config = await DaemonSetup.WriteAsync(
            _dir, """ "Tokens": { "RefreshAhead": "00:01:58", "RefreshJitter": "00:00:00", "CheckInterval": "00:00:01" } """, simulator.BaseUrl.ToString(),
            (simulator.Options.ClientId, simulator.Options.ClientSecret));
        await SimulatorLogin.LoginAsync(simulator, _dir.File("pipeline.db"), _dir.File("token.key"));
        using var run = ProbeRun.Start(Repository.TokensExecutable, _dir.Path, ["--config", config]);
        await run.WaitForLineAsync("Refreshed the access token of MAIN_DATA", s_timeout);

        CommandResult kill = await ProcessRunner.RunAsync("kill", ["-s", "INT", run.Pid.ToString(CultureInfo.InvariantCulture)], CancellationToken.None);
        int exitCode = await run.WaitForExitAsync(s_timeout);

        Assert.True(kill.ExitCode == 0, kill.ToString());
        Assert.Equal(0, exitCode);
        Assert.All(run.Lines, line => Assert.Matches(PriorityPrefix(), line));
        Assert.Contains(run.Lines, line => line.StartsWith("<6>", StringComparison.Ordinal) && line.Contains("schwab-tokens started: ", StringComparison.Ordinal));
        Assert.Contains(run.Lines, line => line.StartsWith("<6>", StringComparison.Ordinal) && line.Contains("Refreshed the access token of MAIN_DATA; valid until ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Lines, line => Regex.IsMatch(line, "^<[0-3]>"));
        Assert.Equal("", run.Stdout);
        Assert.Contains(simulator.Record.TokenGrants, g => g.Kind == TokenGrantKind.RefreshToken);
        Assert.All(simulator.Record.TokenGrants, g => Assert.True(g.Succeeded, g.Error));
    }

    [GeneratedRegex(@"^<[0-7]>\S")]
    private static partial Regex PriorityPrefix();
}
