using System.Text.Json;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>The probe daemon under the real systemd, with the production hardening: READY, STATUS, journald fields, restarts, watchdog.</summary>
[Collection(SystemdCollection.Name)]
public sealed class ProbeUnderSystemdTests(SystemdFixture fixture)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private PrivateSystemd Systemd
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.Systemd;
        }
    }

    private async Task<PrivateSystemd> StartedAsync(string unit)
    {
        PrivateSystemd systemd = Systemd;
        await fixture.StartActiveAsync(unit, s_timeout);
        return systemd;
    }

    [SkippableFact]
    public async Task Start_HealthyProbe_ActiveWithStatusLine()
    {
        PrivateSystemd systemd = await StartedAsync(ProbeUnits.Healthy);

        await PrivateSystemd.WaitUntilAsync(
            async () => (await systemd.SystemctlAsync("status", ProbeUnits.Healthy)).Stdout.Contains("Status: \"probe running, tick", StringComparison.Ordinal),
            s_timeout, "systemctl status to show the probe's STATUS line");
    }

    [SkippableFact]
    public async Task Start_HealthyProbe_JournalHoldsStructuredEntriesAndNoErrors()
    {
        PrivateSystemd systemd = await StartedAsync(ProbeUnits.Healthy);
        string invocation = await systemd.PropertyAsync(ProbeUnits.Healthy, "InvocationID");

        JsonElement? tick = null;
        await PrivateSystemd.WaitUntilAsync(
            async () => (tick = TickEntry((await systemd.JournalctlAsync("-u", ProbeUnits.Healthy, "-o", "json")).Stdout)) is not null,
            s_timeout, "a journal entry with the TICK field");

        JsonElement entry = tick!.Value;
        Assert.Equal("6", entry.GetProperty("PRIORITY").GetString());
        Assert.Equal("schwab-probe", entry.GetProperty("SYSLOG_IDENTIFIER").GetString());
        Assert.Equal($"Probe tick {entry.GetProperty("TICK").GetString()}", entry.GetProperty("MESSAGE").GetString());
        Assert.Equal("1700", entry.GetProperty("EVENT_ID").GetString());
        CommandResult errors = await systemd.JournalctlAsync("-q", "-p", "err", "_SYSTEMD_INVOCATION_ID=" + invocation);
        Assert.True(errors.Stdout.Trim().Length == 0, "healthy run logged at err or above:\n" + errors.Stdout);
    }

    [SkippableFact]
    public async Task KillMainPid_Sigkill_SystemdRestartsItWithANewPid()
    {
        PrivateSystemd systemd = await StartedAsync(ProbeUnits.Healthy);
        int pid = await systemd.MainPidAsync(ProbeUnits.Healthy);

        CommandResult kill = await systemd.KillAsync(pid, "KILL");

        Assert.True(kill.ExitCode == 0, kill.ToString());
        await PrivateSystemd.WaitUntilAsync(
            async () => await systemd.MainPidAsync(ProbeUnits.Healthy) is int now && now != pid && now > 0
                && await systemd.PropertyAsync(ProbeUnits.Healthy, "ActiveState") == "active",
            s_timeout, "the probe to be restarted with a new main PID");
    }

    [SkippableFact]
    public async Task Stop_HealthyProbe_StopsGracefullyWithExitZero()
    {
        PrivateSystemd systemd = await StartedAsync(ProbeUnits.Healthy);

        CommandResult stop = await systemd.SystemctlAsync("stop", ProbeUnits.Healthy);

        Assert.True(stop.ExitCode == 0, stop.ToString());
        Assert.Equal("inactive", await systemd.PropertyAsync(ProbeUnits.Healthy, "ActiveState"));
        Assert.Equal("success", await systemd.PropertyAsync(ProbeUnits.Healthy, "Result"));
        Assert.Equal("0", await systemd.PropertyAsync(ProbeUnits.Healthy, "ExecMainStatus"));
    }

    [SkippableFact]
    public async Task FreezeAfter_LoopStopsBeating_WatchdogRestartsIt()
    {
        PrivateSystemd systemd = await StartedAsync(ProbeUnits.Freeze);
        int pid = await systemd.MainPidAsync(ProbeUnits.Freeze);
        try
        {
            await PrivateSystemd.WaitUntilAsync(
                async () => await systemd.MainPidAsync(ProbeUnits.Freeze) is int now && now != pid && now > 0
                    && await systemd.PropertyAsync(ProbeUnits.Freeze, "ActiveState") == "active",
                TimeSpan.FromSeconds(45), "the watchdog to restart the frozen probe");
            string journal = (await systemd.JournalctlAsync("-u", ProbeUnits.Freeze)).Stdout;
            Assert.Contains("Watchdog timeout", journal, StringComparison.Ordinal);
            Assert.Contains("Work loop stalled, withholding the systemd watchdog ping: probe", journal, StringComparison.Ordinal);
        }
        finally
        {
            await systemd.SystemctlAsync("stop", ProbeUnits.Freeze);
        }
    }

    [SkippableFact]
    public async Task FailAtStart_StartCheckFails_NeverActiveAndReasonInJournal()
    {
        PrivateSystemd systemd = Systemd;
        try
        {
            CommandResult start = await systemd.StartUnitAsync(ProbeUnits.FailAtStart);

            Assert.NotEqual(0, start.ExitCode);
            Assert.NotEqual("active", await systemd.PropertyAsync(ProbeUnits.FailAtStart, "ActiveState"));
            await PrivateSystemd.WaitUntilAsync(
                async () => (await systemd.JournalctlAsync("-q", "-p", "err", "-u", ProbeUnits.FailAtStart)).Stdout
                    .Contains("probe: probe refused to start because Probe:FailAtStart is set", StringComparison.Ordinal),
                s_timeout, "the refusal reason at err or above in the journal");
        }
        finally
        {
            await systemd.SystemctlAsync("stop", ProbeUnits.FailAtStart);
        }
    }

    [SkippableFact]
    public async Task FaultAfter_WorkerThrows_ExitsOneAndIsRestarted()
    {
        PrivateSystemd systemd = await StartedAsync(ProbeUnits.Fault);
        try
        {
            await PrivateSystemd.WaitUntilAsync(
                async () => (await systemd.JournalctlAsync("-u", ProbeUnits.Fault)).Stdout.Contains("status=1/FAILURE", StringComparison.Ordinal),
                s_timeout, "the faulted probe to exit with status 1");
            await PrivateSystemd.WaitUntilAsync(
                async () => int.TryParse(await systemd.PropertyAsync(ProbeUnits.Fault, "NRestarts"), out int restarts) && restarts > 0,
                s_timeout, "systemd to restart the faulted probe");
            string critical = (await systemd.JournalctlAsync("-q", "-p", "crit", "-u", ProbeUnits.Fault)).Stdout;
            Assert.Contains("Worker ProbeWorker failed, stopping with a non-zero exit code", critical, StringComparison.Ordinal);
        }
        finally
        {
            await systemd.SystemctlAsync("stop", ProbeUnits.Fault);
        }
    }

    private static JsonElement? TickEntry(string jsonLines)
    {
        foreach (string line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("TICK", out _))
            {
                return document.RootElement.Clone();
            }
        }

        return null;
    }
}
