using System.Globalization;
using System.Text.Json;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary><c>schwabctl report --json</c> as installed, reading the private systemd's real journal through journalctl.</summary>
[Collection(SystemdCollection.Name)]
public sealed class ReportUnderSystemdTests(SystemdFixture fixture)
{
    private const string Unit = TokensUnits.Production;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(45);

    private static async Task<JsonElement> ReportAsync(PrivateSystemd systemd, string day)
    {
        CommandResult report = await systemd.RunAsync("/opt/schwab/bin/schwabctl", "--config", "/etc/schwab/schwab.json", "report", "--day", day, "--json");
        Assert.True(report.ExitCode == 0, report.ToString());
        using JsonDocument json = JsonDocument.Parse(report.Stdout);
        return json.RootElement.Clone();
    }

    private static (int Starts, int Restarts, int Errors) Counts(JsonElement report)
    {
        JsonElement journal = report.GetProperty("journal");
        Assert.True(journal.GetProperty("available").GetBoolean(), journal.ToString());
        JsonElement unit = journal.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == Unit);
        return (unit.GetProperty("starts").GetInt32(), unit.GetProperty("restartsScheduled").GetInt32(), unit.GetProperty("errors").GetInt32());
    }

    [SkippableFact]
    public async Task Report_UnitRestartedThenKilled_CountsBothStartsAndTheScheduledRestartFromTheJournal()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        PrivateSystemd systemd = fixture.Systemd;
        await fixture.LoginOnceAsync();
        TimeZoneInfo newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        string day = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, newYork).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Right after the boot journald may not have written a file yet: the report must then say so, and nothing ran before.
        JsonElement first = await ReportAsync(systemd, day);
        (int starts, int restarts, _) = first.GetProperty("journal").GetProperty("available").GetBoolean() ? Counts(first) : (0, 0, 0);

        CommandResult restart = await systemd.SystemctlAsync("restart", Unit);
        Assert.True(restart.ExitCode == 0, restart.ToString());
        await systemd.WaitForStateAsync(Unit, "active", s_timeout);
        int pid = await systemd.MainPidAsync(Unit);
        CommandResult kill = await systemd.KillAsync(pid, "KILL");
        Assert.True(kill.ExitCode == 0, kill.ToString());
        await PrivateSystemd.WaitUntilAsync(
            async () => await systemd.MainPidAsync(Unit) is int now && now != pid && now > 0 && await systemd.PropertyAsync(Unit, "ActiveState") == "active",
            s_timeout, $"{Unit} to be restarted after SIGKILL");

        (int Starts, int Restarts, int Errors) after = (0, 0, 0);
        await PrivateSystemd.WaitUntilAsync(
            async () => (after = Counts(await ReportAsync(systemd, day))).Starts >= starts + 2,
            s_timeout, "the report to count the restart and the start after SIGKILL");
        Assert.Equal(starts + 2, after.Starts);
        Assert.Equal(restarts + 1, after.Restarts);
    }
}
