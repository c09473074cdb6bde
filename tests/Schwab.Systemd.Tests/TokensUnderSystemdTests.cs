using System.Text.Json;
using System.Text.RegularExpressions;
using Schwab.Simulator.Recording;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>schwab-tokens as installed, under the real systemd, refreshing at the simulator the test process runs on 127.0.0.1.</summary>
[Collection(SystemdCollection.Name)]
public sealed partial class TokensUnderSystemdTests(SystemdFixture fixture)
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
        await fixture.LoginOnceAsync();
        await fixture.StartActiveAsync(unit, s_timeout);
        return systemd;
    }

    [SkippableFact]
    public async Task Start_AfterSchwabctlAuth_ActiveWithStatusAndStructuredJournalWithoutErrors()
    {
        PrivateSystemd systemd = await StartedAsync(TokensUnits.Production);
        string invocation = await systemd.PropertyAsync(TokensUnits.Production, "InvocationID");

        await PrivateSystemd.WaitUntilAsync(
            async () => StatusLine().IsMatch((await systemd.SystemctlAsync("status", TokensUnits.Production)).Stdout),
            s_timeout, "systemctl status to show the STATUS line");
        JsonElement? found = null;
        await PrivateSystemd.WaitUntilAsync(
            async () => (found = Entries((await systemd.JournalctlAsync("-u", TokensUnits.Production, "-o", "json", "_SYSTEMD_INVOCATION_ID=" + invocation)).Stdout)
                .Cast<JsonElement?>().FirstOrDefault(e => e!.Value.TryGetProperty("EVENT_ID", out JsonElement id) && id.GetString() == "1004")) is not null,
            s_timeout, "the journal entry with EVENT_ID=1004 (started)");
        JsonElement started = found!.Value;
        Assert.Equal("schwab-tokens", started.GetProperty("SERVICE").GetString());
        Assert.Equal("6", started.GetProperty("PRIORITY").GetString());
        Assert.Equal("schwab-tokens", started.GetProperty("SYSLOG_IDENTIFIER").GetString());
        Assert.StartsWith("schwab-tokens started: ", started.GetProperty("MESSAGE").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("tokens:MAIN_DATA ok", started.GetProperty("MESSAGE").GetString(), StringComparison.Ordinal);
        CommandResult errors = await systemd.JournalctlAsync("-q", "-p", "err", "_SYSTEMD_INVOCATION_ID=" + invocation);
        Assert.True(errors.Stdout.Trim().Length == 0, "healthy run logged at err or above:\n" + errors.Stdout);
        Assert.DoesNotContain(fixture.Simulator.Record.TokenGrants, g => !g.Succeeded);
    }

    [SkippableFact]
    public async Task KillMainPid_Sigkill_SystemdRestartsIt()
    {
        PrivateSystemd systemd = await StartedAsync(TokensUnits.Production);
        int pid = await systemd.MainPidAsync(TokensUnits.Production);

        CommandResult kill = await systemd.KillAsync(pid, "KILL");

        Assert.True(kill.ExitCode == 0, kill.ToString());
        await PrivateSystemd.WaitUntilAsync(
            async () => await systemd.MainPidAsync(TokensUnits.Production) is int now && now != pid && now > 0
                && await systemd.PropertyAsync(TokensUnits.Production, "ActiveState") == "active",
            s_timeout, "schwab-tokens to be restarted with a new main PID");
    }

    [SkippableFact]
    public async Task FreezeWorkLoopForTests_LoopStops_WatchdogRestartsIt()
    {
        PrivateSystemd systemd = await StartedAsync(TokensUnits.Freeze);
        int pid = await systemd.MainPidAsync(TokensUnits.Freeze);
        try
        {
            await PrivateSystemd.WaitUntilAsync(
                async () => await systemd.MainPidAsync(TokensUnits.Freeze) is int now && now != pid && now > 0,
                TimeSpan.FromSeconds(45), "the watchdog to restart the frozen schwab-tokens");
            string journal = (await systemd.JournalctlAsync("-u", TokensUnits.Freeze)).Stdout;
            Assert.Contains("Watchdog timeout", journal, StringComparison.Ordinal);
            Assert.Contains("Work loop stalled, withholding the systemd watchdog ping: tokens", journal, StringComparison.Ordinal);
        }
        finally
        {
            await systemd.SystemctlAsync("stop", TokensUnits.Freeze);
        }
    }

    [SkippableTheory]
    [InlineData(TokensUnits.NewerSchema, "database schema is at version 999, newer than this build's")]
    [InlineData(TokensUnits.EmptyDatabase, "database schema is at version 0, this build needs")]
    [InlineData(TokensUnits.NoKey, "token key not found")]
    public async Task Start_PrerequisiteMissing_NeverActiveAndOneLineReasonInJournal(string unit, string reason)
    {
        PrivateSystemd systemd = Systemd;
        try
        {
            CommandResult start = await systemd.StartUnitAsync(unit);

            Assert.NotEqual(0, start.ExitCode);
            Assert.NotEqual("active", await systemd.PropertyAsync(unit, "ActiveState"));
            string line = "";
            await PrivateSystemd.WaitUntilAsync(
                async () => (line = (await systemd.JournalctlAsync("-q", "-p", "err", "-o", "cat", "-u", unit)).Stdout
                    .Split('\n').FirstOrDefault(l => l.Contains(reason, StringComparison.Ordinal)) ?? "").Length > 0,
                s_timeout, $"'{reason}' at err or above in the journal of {unit}");
            Assert.DoesNotContain('\n', line);
        }
        finally
        {
            await systemd.SystemctlAsync("stop", unit);
        }
    }

    [SkippableFact]
    public async Task Fast_ShortAccessTokens_RefreshedBeforeEveryExpiryWithoutFailures()
    {
        PrivateSystemd systemd = Systemd;
        await Schwab.Testing.SimulatorLogin.LoginAsync(
            fixture.FastSimulator, fixture.Staged(TokensUnits.FastDatabase), fixture.Staged("/var/lib/schwab/probe-token.key"));
        try
        {
            await StartedAsync(TokensUnits.Fast);
            await PrivateSystemd.WaitUntilAsync(
                () => Task.FromResult(fixture.FastSimulator.Record.TokenGrants.Count(g => g.Kind == TokenGrantKind.RefreshToken) >= 3),
                TimeSpan.FromSeconds(60), "three refreshes of the 12 s access token");
        }
        finally
        {
            await systemd.SystemctlAsync("stop", TokensUnits.Fast);
        }

        IReadOnlyList<RecordedTokenGrant> grants = fixture.FastSimulator.Record.TokenGrants;
        Assert.All(grants, g => Assert.True(g.Succeeded, $"{g.Kind} at {g.Time:O} failed: {g.Error}"));
        for (int i = 1; i < grants.Count; i++)
        {
            // Each token was replaced before its 12 s ran out, and not before the 5 s window opened.
            TimeSpan held = grants[i].Time - grants[i - 1].Time;
            Assert.InRange(held, TimeSpan.FromSeconds(6), TokensUnits.FastAccessLifetime - TimeSpan.FromSeconds(1));
        }
    }

    [GeneratedRegex(@"Status: ""MAIN_DATA: access \d+ min, refresh token 6d \d+h""")]
    private static partial Regex StatusLine();

    private static JsonElement[] Entries(string jsonLines) =>
        jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
}
