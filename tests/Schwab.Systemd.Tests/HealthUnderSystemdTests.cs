using System.Text.Json;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary><c>schwabctl health</c> run inside the private systemd (as root, through <c>/run/systemd/private</c>) against the installed units.</summary>
[Collection(SystemdCollection.Name)]
public sealed class HealthUnderSystemdTests(SystemdFixture fixture)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private static readonly string[] s_collectors =
    [
        "schwab-tokens.service", "schwab-markethours.service", "schwab-chains.service", "schwab-ohlc.service",
        "schwab-transactions.service", "schwab-balances.service",
    ];

    [SkippableFact]
    public async Task Health_TargetActiveOneUnitStopped_ShowsEachUnitsRealStateAndNamesTheStoppedOne()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        PrivateSystemd systemd = fixture.Systemd;
        await fixture.LoginOnceAsync();
        try
        {
            // A unit that fails its start-up checks logs at err; stopped after its first failure, so the count stays put.
            await systemd.StartUnitAsync(TokensUnits.NewerSchema);
            await systemd.SystemctlAsync("stop", TokensUnits.NewerSchema);
            // The target starts the units that are enabled (each is WantedBy=schwab.target): enable it as the README does.
            CommandResult start = await systemd.SystemctlAsync("enable", "--now", "schwab.target");
            Assert.True(start.ExitCode == 0, "systemctl enable --now schwab.target: " + start);
            foreach (string unit in s_collectors)
            {
                await systemd.WaitForStateAsync(unit, "active", s_timeout);
            }

            CommandResult stop = await systemd.SystemctlAsync("stop", "schwab-ohlc.service");
            Assert.True(stop.ExitCode == 0, "systemctl stop schwab-ohlc: " + stop);

            int errorsBefore = await JournalErrorsAsync(systemd);
            CommandResult json = await SchwabctlAsync(systemd, "health", "--json");
            int errorsAfter = await JournalErrorsAsync(systemd);
            CommandResult text = await SchwabctlAsync(systemd, "health");

            Assert.True(json.ExitCode == 2, json.ToString());
            Assert.Equal(json.ExitCode, text.ExitCode);
            using JsonDocument report = JsonDocument.Parse(json.Stdout);
            Dictionary<string, JsonElement> checks = report.RootElement.GetProperty("checks").EnumerateArray()
                .ToDictionary(c => c.GetProperty("key").GetString()!, c => c.Clone());
            JsonElement ohlc = checks["unit:schwab-ohlc"];
            Assert.Equal("critical", ohlc.GetProperty("status").GetString());
            Assert.Equal("inactive (dead) while schwab.target is active", ohlc.GetProperty("detail").GetString());
            Assert.Contains(text.Stdout.Split('\n'), l => l.StartsWith("CRIT  unit:schwab-ohlc ", StringComparison.Ordinal));

            // The journal was read for real: health's error count is what journalctl -p err shows for schwab-* units (between
            // the counts just before and just after it ran, which are equal unless another unit logged an error meanwhile).
            JsonElement journal = checks["journal:errors"];
            int counted = journal.GetProperty("values").GetProperty("count").GetInt32();
            Assert.True(errorsBefore > 0, "the failed unit logged no error");
            Assert.InRange(counted, errorsBefore, errorsAfter);
            Assert.Equal("warning", journal.GetProperty("status").GetString());
            Assert.Contains("schwab-tokens-newschema.service", journal.GetProperty("detail").GetString(), StringComparison.Ordinal);

            // Every unit health reports is in the state systemctl itself reports (schwab-stream may be restarting, so it is left out).
            foreach (string unit in s_collectors.Append("schwab.target").Append("schwab-health.timer"))
            {
                string key = "unit:" + unit.Replace(".service", "", StringComparison.Ordinal);
                JsonElement values = checks[key].GetProperty("values");
                Assert.Equal(await systemd.PropertyAsync(unit, "ActiveState"), values.GetProperty("activeState").GetString());
                Assert.Equal(await systemd.PropertyAsync(unit, "SubState"), values.GetProperty("subState").GetString());
                Assert.Equal("loaded", values.GetProperty("loadState").GetString());
            }

            foreach (string unit in s_collectors.Where(u => u != "schwab-ohlc.service"))
            {
                JsonElement check = checks["unit:" + unit.Replace(".service", "", StringComparison.Ordinal)];
                Assert.Equal("ok", check.GetProperty("status").GetString());
                Assert.False(string.IsNullOrEmpty(check.GetProperty("values").GetProperty("statusText").GetString()), unit + " has no STATUS line in health");
            }
        }
        finally
        {
            await systemd.SystemctlAsync("disable", "--now", "schwab.target");
        }
    }

    private static async Task<int> JournalErrorsAsync(PrivateSystemd systemd) =>
        (await systemd.JournalctlAsync("-q", "-o", "json", "-p", "3", "--unit=schwab-*")).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private static Task<CommandResult> SchwabctlAsync(PrivateSystemd systemd, params string[] args) =>
        systemd.RunAsync(["/opt/schwab/bin/schwabctl", .. args, "--config", "/etc/schwab/schwab.json"]);
}
