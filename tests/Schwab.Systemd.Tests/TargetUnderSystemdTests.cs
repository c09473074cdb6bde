using System.Globalization;
using Schwab.Testing.Systemd;
using Xunit.Abstractions;

namespace Schwab.Systemd.Tests;

/// <summary>
/// <c>schwab.target</c> as an operator uses it: the README's <c>systemctl enable --now schwab.target schwab-health.timer</c>
/// starts every daemon, <c>systemctl disable --now</c> takes one out for good; and each daemon's time from start to READY
/// (<c>ExecMainStartTimestampMonotonic</c> → <c>ActiveEnterTimestampMonotonic</c>), alone and with all seven starting together.
/// </summary>
[Collection(SystemdCollection.Name)]
public sealed class TargetUnderSystemdTests(SystemdFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);

    // Generous for a shared 2-core CI machine; the figures themselves go to the test output.
    private static readonly TimeSpan s_readyLimit = TimeSpan.FromSeconds(10);

    private static readonly string[] s_units =
    [
        "schwab-tokens.service", "schwab-markethours.service", "schwab-chains.service", "schwab-ohlc.service",
        "schwab-transactions.service", "schwab-balances.service", "schwab-stream.service",
    ];

    [SkippableFact]
    public async Task EnableNow_TargetThenDisableOne_RunsTheSubset()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        PrivateSystemd systemd = fixture.Systemd;
        await fixture.LoginOnceAsync();
        try
        {
            await SucceedAsync(systemd, "enable", "--now", "schwab.target", "schwab-health.timer");
            foreach (string unit in s_units)
            {
                await systemd.WaitForStateAsync(unit, "active", s_timeout);
            }

            output.WriteLine("all seven together: " + string.Join(", ", await ReadyTimesAsync(systemd, s_units)));

            await SucceedAsync(systemd, "disable", "--now", "schwab-balances.service");
            await SucceedAsync(systemd, "restart", "schwab.target");

            foreach (string unit in s_units.Where(u => u != "schwab-balances.service"))
            {
                await systemd.WaitForStateAsync(unit, "active", s_timeout);
            }

            Assert.Equal("inactive", await systemd.PropertyAsync("schwab-balances.service", "ActiveState"));
            Assert.Equal("disabled", (await systemd.SystemctlAsync("is-enabled", "schwab-balances.service")).Stdout.Trim());
        }
        finally
        {
            await systemd.SystemctlAsync("disable", "--now", "schwab.target", "schwab-health.timer");
            await systemd.SystemctlAsync(["disable", "--now", .. s_units]);
        }
    }

    [SkippableFact]
    public async Task Start_EachDaemonAloneThenAllTogether_ReadyWithinTheLimit()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        PrivateSystemd systemd = fixture.Systemd;
        await fixture.LoginOnceAsync();
        try
        {
            // Alone: schwab-tokens first, then each of the others by itself beside it (they want it).
            var alone = new List<string>();
            foreach (string unit in s_units)
            {
                await fixture.StartActiveAsync(unit, s_timeout);
                alone.AddRange(await ReadyTimesAsync(systemd, [unit]));
                if (unit != "schwab-tokens.service")
                {
                    await systemd.SystemctlAsync("stop", unit);
                }
            }

            await systemd.SystemctlAsync(["stop", .. s_units]);
            await SucceedAsync(systemd, ["start", .. s_units]);
            foreach (string unit in s_units)
            {
                await systemd.WaitForStateAsync(unit, "active", s_timeout);
            }

            string[] together = await ReadyTimesAsync(systemd, s_units);
            output.WriteLine("alone: " + string.Join(", ", alone));
            output.WriteLine("together: " + string.Join(", ", together));
        }
        finally
        {
            await systemd.SystemctlAsync(["stop", .. s_units]);
        }
    }

    private static async Task SucceedAsync(PrivateSystemd systemd, params string[] arguments)
    {
        CommandResult result = await systemd.SystemctlAsync(arguments);
        Assert.True(result.ExitCode == 0, $"systemctl {string.Join(' ', arguments)}: {result}");
    }

    // "schwab-tokens 0.61 s" per unit; fails when one took longer than the limit.
    private static async Task<string[]> ReadyTimesAsync(PrivateSystemd systemd, string[] units)
    {
        var times = new List<string>();
        foreach (string unit in units)
        {
            long started = long.Parse(await systemd.PropertyAsync(unit, "ExecMainStartTimestampMonotonic"), CultureInfo.InvariantCulture);
            long active = long.Parse(await systemd.PropertyAsync(unit, "ActiveEnterTimestampMonotonic"), CultureInfo.InvariantCulture);
            TimeSpan ready = TimeSpan.FromMicroseconds(active - started);
            Assert.True(ready < s_readyLimit, $"{unit} took {ready.TotalSeconds:0.00} s to READY");
            times.Add(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(unit)} {ready.TotalSeconds:0.00} s"));
        }

        return [.. times];
    }
}
