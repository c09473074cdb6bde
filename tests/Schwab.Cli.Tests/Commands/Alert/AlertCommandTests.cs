using Schwab.Testing;
using Schwab.Testing.Smtp;

namespace Schwab.Cli.Tests.Commands.Alert;

public sealed class AlertCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly SmtpTestServer _smtp = SmtpTestServer.Start();
    private string _config = "";

    public async Task InitializeAsync() => _config = await DaemonSetup.WriteAsync(_dir, extraSections: _smtp.AlertsSection());

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task Test_ServerAccepts_SendsOneMessageAndExitsZero()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("alert", "test", "--config", _config);

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("sent a test message to ops@example.test", output, StringComparison.Ordinal);
        SmtpMessage message = Assert.Single(await _smtp.WaitForMessagesAsync(1));
        Assert.StartsWith("[schwab ", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_AlertsDisabled_SaysSoOnOneLineAndFails()
    {
        string config = await DaemonSetup.WriteAsync(_dir);

        var (exitCode, output, error) = await CliRunner.RunAsync("alert", "test", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("schwabctl: alerts are disabled", Assert.Single(CliRunner.Lines(error)), StringComparison.Ordinal);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task Test_ServerRefuses_FailsWithOneLineReason()
    {
        _smtp.RejectMail = true;

        var (exitCode, _, error) = await CliRunner.RunAsync("alert", "test", "--config", _config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        string line = Assert.Single(CliRunner.Lines(error));
        Assert.Contains($"127.0.0.1:{_smtp.Port}", line, StringComparison.Ordinal);
        Assert.Contains("554", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AlertsConfigured_ReportsTheSmtpServerReachable()
    {
        var (_, output, _) = await CliRunner.RunAsync("check", "--config", _config);

        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("ok", StringComparison.Ordinal) && l.Contains($"alerts: SMTP server 127.0.0.1:{_smtp.Port} answers", StringComparison.Ordinal));
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task Check_SmtpServerDown_FailsTheAlertsLine()
    {
        SmtpTestServer down = SmtpTestServer.Start();
        string section = down.AlertsSection();
        await down.DisposeAsync();
        string config = await DaemonSetup.WriteAsync(_dir, extraSections: section);

        var (exitCode, output, _) = await CliRunner.RunAsync("check", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("FAIL  alerts:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_AlertsDisabled_SaysSoWithoutFailing()
    {
        string config = await DaemonSetup.WriteAsync(_dir);

        var (_, output, _) = await CliRunner.RunAsync("check", "--config", config);

        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("ok    alerts: disabled", StringComparison.Ordinal));
    }
}
