using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// The README's first command, <c>scripts/demo.sh --duration N --data DIR</c>, run as a newcomer would (no root, no
/// systemd): the simulator and all seven daemons on a fresh SQLite file.
/// </summary>
public sealed partial class DemoScriptTests
{
    // Every dataset the demo must fill, by SQLite table (the SQLite names).
    private static readonly string[] s_datasets =
    [
        "streaming_data", "SCHWAB_LATEST_QUOTE", "SPX_CHAIN", "HISTORIC_MINUTE", "HISTORIC_DAY", "SCHWAB_ORDERS",
        "SCHWAB_BALANCES", "SCHWAB_POSITIONS", "SCHWAB_MARKET_HOURS", "SCHWAB_API",
    ];

    [Fact]
    public async Task Demo_WithDuration120_ExitsZeroWithRowsInEveryDatasetAndNothingLeftRunning()
    {
        using var dir = new TempDirectory();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        CommandResult result = await ProcessRunner.RunAsync("bash", DemoArguments(dir, "--duration", "120"), timeout.Token);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(Installed.Daemons, name => Assert.Contains($"started {name} (pid ", result.Stderr, StringComparison.Ordinal));
        AssertNothingLeftRunning(dir, result.Stderr);

        // Progress: stdout is a pipe here, so one plain line per refresh (every 2 s), with the stream's rows growing.
        long[] quotes = [.. ProgressLine().Matches(result.Stdout).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
        Assert.True(quotes.Length >= 30, $"{quotes.Length} progress lines\n{result}");
        Assert.True(quotes[^1] > quotes[quotes.Length / 2] && quotes[quotes.Length / 2] > 0, $"quotes did not grow: {string.Join(",", quotes)}");
        Assert.Contains("MAIN_DATA: access token", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("still empty", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"health --config {dir.File("schwab.json")}", result.Stdout, StringComparison.Ordinal);

        using (var connection = new SqliteConnection($"Data Source={dir.File("schwab.db")};Pooling=False"))
        {
            connection.Open();
            foreach (string table in s_datasets)
            {
                Assert.True(Scalar(connection, $"SELECT COUNT(*) FROM {table}") > 0, $"{table} is empty\n{result}");
            }

            Assert.Equal(7L, Scalar(connection, "SELECT COUNT(*) FROM SCHWAB_SERVICE_STATUS"));
            Assert.Equal(2L, Scalar(connection, "SELECT COUNT(*) FROM SCHWAB_HASH"));
        }

        // A newcomer's next command works on what the demo left: every heartbeat fresh, every dataset fresh, tokens valid.
        CommandResult health = await ProcessRunner.RunAsync(Schwabctl, ["health", "--config", dir.File("schwab.json")], timeout.Token);
        Assert.True(health.ExitCode == 0, health.ToString());
    }

    [Fact]
    public async Task Demo_Sigint_StopsEveryDaemonAndExitsZero()
    {
        using var dir = new TempDirectory();
        using var run = ProbeRun.Start("bash", dir.Path, DemoArguments(dir));
        await run.WaitForLineAsync("balances snapshot:", TimeSpan.FromMinutes(2)); // every daemon ready, progress starting

        CommandResult kill = await ProcessRunner.RunAsync("kill", ["-s", "INT", run.Pid.ToString(CultureInfo.InvariantCulture)], CancellationToken.None);
        int exitCode = await run.WaitForExitAsync(TimeSpan.FromMinutes(1));

        string stderr = string.Join('\n', run.Lines);
        Assert.True(kill.ExitCode == 0, kill.ToString());
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stderr}\n{run.Stdout}");
        Assert.Contains("stopping 7 daemons", stderr, StringComparison.Ordinal);
        Assert.Contains("rows per dataset:", run.Stdout, StringComparison.Ordinal);
        AssertNothingLeftRunning(dir, stderr);
    }

    private static string Schwabctl =>
        Path.Combine(Repository.Root, "artifacts", "bin", "Schwab.Cli", Repository.Configuration.ToLowerInvariant(), "schwabctl");

    private static string[] DemoArguments(TempDirectory dir, params string[] more) =>
        [Repository.PathOf("scripts/demo.sh"), "--data", dir.Path, "--no-build", "--configuration", Repository.Configuration, .. more];

    /// <summary>No daemon the demo started is alive, and no process at all still names the demo's folder on its command line.</summary>
    private static void AssertNothingLeftRunning(TempDirectory dir, string stderr)
    {
        int[] pids = [.. StartedPid().Matches(stderr).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
        Assert.Equal(7, pids.Length);
        Assert.All(pids, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"pid {pid} is still running"));
        foreach (string proc in Directory.EnumerateDirectories("/proc").Where(p => int.TryParse(Path.GetFileName(p), out _)))
        {
            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(proc, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue; // exited while we looked
            }

            Assert.DoesNotContain(dir.Path, commandLine, StringComparison.Ordinal);
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [GeneratedRegex(@"^\d\d:\d\d quotes=(\d+) ", RegexOptions.Multiline)]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"started schwab-[a-z]+ \(pid (\d+),")]
    private static partial Regex StartedPid();
}
