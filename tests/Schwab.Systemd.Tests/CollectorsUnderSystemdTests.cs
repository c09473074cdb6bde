using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>The collector daemons as installed, under the real systemd, against the simulator the test process runs on 127.0.0.1.</summary>
[Collection(SystemdCollection.Name)]
public sealed class CollectorsUnderSystemdTests(SystemdFixture fixture)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private static readonly string[] s_units =
    [
        "schwab-tokens.service",
        "schwab-markethours.service",
        "schwab-chains.service",
        "schwab-ohlc.service",
        "schwab-transactions.service",
        "schwab-balances.service",
    ];

    [SkippableFact]
    public async Task Start_EveryCollectorUnit_BecomesActiveWithAStatusLine()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        PrivateSystemd systemd = fixture.Systemd;
        await fixture.LoginOnceAsync();
        try
        {
            CommandResult start = await systemd.SystemctlAsync(["start", .. s_units]);
            if (start.ExitCode != 0)
            {
                CommandResult journal = await systemd.JournalctlAsync("-n", "60", "-o", "cat");
                Assert.Fail($"systemctl start: {start}\njournal:\n{journal.Stdout}");
            }

            foreach (string unit in s_units)
            {
                await systemd.WaitForStateAsync(unit, "active", s_timeout);
                await PrivateSystemd.WaitUntilAsync(
                    async () => (await systemd.PropertyAsync(unit, "StatusText")).Length > 0,
                    s_timeout,
                    $"{unit} to send a STATUS line");
            }
        }
        finally
        {
            await systemd.SystemctlAsync(["stop", .. s_units]);
        }
    }
}
