using Schwab.Testing;
using Schwab.Testing.Smtp;
using Schwab.Testing.Systemd;
using Xunit.Abstractions;

namespace Schwab.Systemd.Tests;

/// <summary>
/// Alerts end to end under the real systemd: a unit fails, <c>OnFailure=</c> starts <c>schwab-alert@</c>, which runs
/// <c>schwabctl alert unit-failed</c> as the <c>schwab</c> user and mails the test SMTP server the test process runs on 127.0.0.1.
/// </summary>
[Collection(SystemdCollection.Name)]
public sealed class AlertsUnderSystemdTests(SystemdFixture fixture, ITestOutputHelper output)
{
    // OnFailure=schwab-alert@%n.service: the instance is the full unit name, so the hook is "…service.service".
    private const string AlertUnit = "schwab-alert@" + AlertUnits.Failing + ".service";
    private const string Key = "unit-failed:" + AlertUnits.Failing;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task UnitFailure_OnFailureHook_OneMailThenThrottledThenOneRecoveryNoneHoldingSecrets()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        PrivateSystemd systemd = fixture.Systemd;
        (string access, string refresh) = fixture.Simulator.IssueTokens();
        string secret = fixture.Simulator.Options.ClientSecret;
        string account = fixture.Simulator.Account.Accounts[0].AccountNumber;
        string settings = fixture.Staged("/etc/schwab/schwab.json");
        string original = await File.ReadAllTextAsync(settings);
        await using SmtpTestServer smtp = SmtpTestServer.Start();
        try
        {
            await File.WriteAllTextAsync(settings, original[..original.LastIndexOf('}')] + "," + smtp.AlertsSection() + "}\n");
            await InstallFailingUnitAsync(systemd, [
                $"GET /trader/v1/accounts failed, Authorization: Bearer {access}",
                $"retrying with {access}",
                $"POST /v1/oauth/token grant_type=refresh_token&refresh_token={refresh}",
                $"stored refresh token {refresh}",
                $"app secret {secret} for account {account}",
            ]);

            // 1. A real failure: one mail, from the hook unit.
            Assert.NotEqual(0, (await systemd.StartUnitAsync(AlertUnits.Failing)).ExitCode);
            SmtpMessage first = Assert.Single(await smtp.WaitForMessagesAsync(1, s_timeout));
            output.WriteLine($"{first.Subject}\n{first.Body}");
            Assert.EndsWith($"] {AlertUnits.Failing} failed", first.Subject, StringComparison.Ordinal);
            Assert.Contains("Authorization: Bearer ***", first.Body, StringComparison.Ordinal);
            Assert.Contains("token key not found", first.Body, StringComparison.Ordinal);
            await HookRunsAsync(systemd, 1, ": sent");

            // 2. The same failure within the throttle window: recorded, no mail.
            Assert.NotEqual(0, (await systemd.StartUnitAsync(AlertUnits.Failing)).ExitCode);
            await HookRunsAsync(systemd, 2, ": throttled");
            Assert.Single(smtp.Messages);

            // 3. Recovery (resolved by schwabctl as the schwab user): one notice, and only one.
            Assert.Equal(0, (await SchwabctlAsync(systemd, "alert", "resolve", Key)).ExitCode);
            SmtpMessage recovery = (await smtp.WaitForMessagesAsync(2, s_timeout))[1];
            Assert.Contains($"RESOLVED: {Key} resolved", recovery.Subject, StringComparison.Ordinal);
            Assert.Equal(3, (await SchwabctlAsync(systemd, "alert", "resolve", Key)).ExitCode);
            Assert.Equal(2, smtp.Messages.Count);

            // 4. The secrets really were in the unit's journal, and are in no delivered message.
            string journal = (await systemd.JournalctlAsync("-u", AlertUnits.Failing, "-o", "cat")).Stdout;
            Assert.Contains(access, journal, StringComparison.Ordinal);
            foreach (SmtpMessage message in smtp.Messages)
            {
                foreach (string leaked in new[] { access, refresh, secret, account })
                {
                    Assert.DoesNotContain(leaked, message.Data, StringComparison.Ordinal);
                    Assert.DoesNotContain(leaked, message.Subject + "\n" + message.Body, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            await File.WriteAllTextAsync(settings, original);
            await systemd.RunAsync("rm", "-f", "/run/systemd/system/" + AlertUnits.Failing);
            await systemd.SystemctlAsync("daemon-reload");
            await systemd.SystemctlAsync("reset-failed", AlertUnits.Failing, AlertUnit);
        }
    }

    // Written below /var/lib (bind-mounted from the staging folder), then copied where the private systemd loads units.
    private async Task InstallFailingUnitAsync(PrivateSystemd systemd, IEnumerable<string> leakedLines)
    {
        await File.WriteAllTextAsync(fixture.Staged("/var/lib/schwab/" + AlertUnits.Failing), AlertUnits.Text(leakedLines));
        CommandResult copy = await systemd.RunAsync("cp", "/var/lib/schwab/" + AlertUnits.Failing, "/run/systemd/system/" + AlertUnits.Failing);
        Assert.True(copy.ExitCode == 0, copy.ToString());
        Assert.Equal(0, (await systemd.SystemctlAsync("daemon-reload")).ExitCode);
    }

    // The hook prints "unit-failed:UNIT: sent|throttled|…" to its journal once per run.
    private static async Task HookRunsAsync(PrivateSystemd systemd, int runs, string lastOutcome)
    {
        string[] lines = [];
        try
        {
            await PrivateSystemd.WaitUntilAsync(
                async () => (lines = (await systemd.JournalctlAsync("-u", AlertUnit, "-o", "cat")).Stdout
                    .Split('\n').Where(l => l.StartsWith(Key + ": ", StringComparison.Ordinal)).ToArray()).Length >= runs,
                s_timeout, $"{AlertUnit} to have run {runs} time(s)");
        }
        catch (TimeoutException ex)
        {
            CommandResult journal = await systemd.JournalctlAsync("-n", "60", "-o", "short-monotonic");
            CommandResult status = await systemd.SystemctlAsync("status", AlertUnit);
            throw new TimeoutException($"{ex.Message}\n{status}\n{journal}", ex);
        }

        Assert.Equal(runs, lines.Length);
        Assert.EndsWith(lastOutcome, lines[^1], StringComparison.Ordinal);
    }

    private static Task<CommandResult> SchwabctlAsync(PrivateSystemd systemd, params string[] args) =>
        systemd.RunAsync(
        [
            "setpriv", "--reuid=schwab", "--regid=schwab", "--init-groups", "env", "HOME=/var/lib/schwab",
            "/opt/schwab/bin/schwabctl", "--config", "/etc/schwab/schwab.json", .. args,
        ]);
}
