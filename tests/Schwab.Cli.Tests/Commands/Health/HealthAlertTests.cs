using Schwab.Cli.Commands.Health;
using Schwab.Core.Alerts;
using Schwab.Testing.Smtp;

namespace Schwab.Cli.Tests.Commands.Health;

/// <summary><c>schwabctl health --alert</c> against a real SMTP conversation on 127.0.0.1.</summary>
public sealed class HealthAlertTests
{
    [Fact]
    public async Task HealthAlert_StaleQuotes_MailsOnceThenThrottlesThenSendsOneRecovery()
    {
        await using SmtpTestServer smtp = SmtpTestServer.Start();
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession, extraSections: smtp.AlertsSection());
        await scene.FillFreshAsync();
        await scene.ClearAsync("streaming_data");
        await scene.QuoteAsync(scene.Now.AddMinutes(-6));

        var first = await scene.RunAsync("--alert");
        SmtpMessage alert = Assert.Single(await smtp.WaitForMessagesAsync(1));
        scene.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await scene.RunAsync("--alert", "--json");
        int afterSecond = smtp.Messages.Count;
        await scene.QuoteAsync(scene.Now.AddSeconds(-3));
        var third = await scene.RunAsync("--alert");
        IReadOnlyList<SmtpMessage> all = await smtp.WaitForMessagesAsync(2);

        Assert.Equal(ExitCodes.HealthCritical, first.ExitCode);
        Assert.Contains("schwabctl: alert stale:quotes: sent", first.Error, StringComparison.Ordinal);
        Assert.Contains("CRIT quotes: nothing new for 6 min during the session", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("Alert key: stale:quotes", alert.Body, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.HealthCritical, second.ExitCode);
        Assert.Contains("schwabctl: alert stale:quotes: throttled", second.Error, StringComparison.Ordinal);
        Assert.Equal("critical", HealthReportReader.Parse(second.Output).Status);
        Assert.Equal(1, afterSecond);
        Assert.Equal(ExitCodes.HealthOk, third.ExitCode);
        Assert.Contains("schwabctl: alert stale:quotes: resolved", third.Error, StringComparison.Ordinal);
        Assert.Equal(2, all.Count);
        Assert.Contains("RESOLVED: quotes: newest", all[1].Subject, StringComparison.Ordinal);
        Assert.All(all, m => Assert.DoesNotContain("secret-value", m.Data, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthAlert_AlertsDisabled_SaysSoAndStillReports()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.HeartbeatAsync("schwab-chains", scene.Now.AddMinutes(-10));

        var (exitCode, output, error) = await scene.RunAsync("--alert", "--json");

        Assert.Equal(ExitCodes.HealthCritical, exitCode);
        Assert.Equal(["heartbeat:schwab-chains"], HealthReportReader.Parse(output).Problems);
        Assert.Contains("schwabctl: alerts are disabled (Alerts:Enabled is false): nothing sent", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAlert_UnitAlreadyAlertedByOnFailure_IsNotMailedTwiceAndItsRecoveryIsSent()
    {
        await using SmtpTestServer smtp = SmtpTestServer.Start();
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession, extraSections: smtp.AlertsSection());
        CliTime.Provider = scene.Time;
        await using CliServices services = CliServices.Create(scene.Config, TextWriter.Null);
        AlertDispatcher dispatcher = services.Get<AlertDispatcher>();
        Assert.Equal(AlertOutcome.Sent, await dispatcher.RaiseAsync("unit-failed:schwab-chains.service", "schwab-chains.service failed", "unit failed", CancellationToken.None));
        HealthReport Report(HealthStatus status) => new(scene.Now, [HealthCheck.Of(status, "unit schwab-chains", "unit:schwab-chains", status == HealthStatus.Ok ? "active (running)" : "failed (failed), result exit-code")]);

        IReadOnlyList<string> whileFailed = await HealthAlerts.SendAsync(Report(HealthStatus.Critical), dispatcher, CancellationToken.None);
        int mailsWhileFailed = smtp.Messages.Count;
        IReadOnlyList<string> afterRecovery = await HealthAlerts.SendAsync(Report(HealthStatus.Ok), dispatcher, CancellationToken.None);
        IReadOnlyList<SmtpMessage> mails = await smtp.WaitForMessagesAsync(2);

        Assert.Equal(["alert unit:schwab-chains: already alerted as unit-failed:schwab-chains.service"], whileFailed);
        Assert.Equal(1, mailsWhileFailed);
        Assert.Equal(["alert unit-failed:schwab-chains.service: resolved"], afterRecovery);
        Assert.Equal(2, mails.Count);
        Assert.Contains("RESOLVED: unit schwab-chains: active (running)", mails[1].Subject, StringComparison.Ordinal);
        Assert.Empty(await dispatcher.OpenAsync("", CancellationToken.None));
    }
}
