using Schwab.Testing;
using Schwab.Testing.Smtp;

namespace Schwab.Cli.Tests.Commands.Alert;

public sealed class UnitFailedCommandTests : IAsyncLifetime
{
    private const string AccessToken = "I0.access-tok3n-value@";
    private const string RefreshToken = "rt-refresh-t0ken-value";
    private const string AccountNumber = "12345678";

    private readonly TempDirectory _dir = new();
    private readonly SmtpTestServer _smtp = SmtpTestServer.Start();
    private string _config = "";
    private string _systemctl = "";
    private string _journalctl = "";

    public async Task InitializeAsync()
    {
        _config = await DaemonSetup.WriteAsync(_dir, extraSections: _smtp.AlertsSection());
        _systemctl = Script("systemctl", "printf 'ActiveState=failed\\nResult=exit-code\\nExecMainStatus=3\\nNRestarts=2\\n'");
        _journalctl = Script("journalctl", $"""
            echo "chains: request failed with Authorization: Bearer {AccessToken}"
            echo "tokens: posted grant_type=refresh_token&refresh_token={RefreshToken}"
            echo "config: client_secret=test-secret for account {AccountNumber}"
            echo "Main process exited, code=exited, status=3/NOTIMPLEMENTED"
            """);
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task UnitFailed_First_MailsStateAndJournalWithoutSecrets()
    {
        var (exitCode, output, error) = await RunAsync("schwab-chains.service");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal("unit-failed:schwab-chains.service: sent", output.Trim());
        SmtpMessage message = Assert.Single(await _smtp.WaitForMessagesAsync(1));
        Assert.EndsWith("] schwab-chains.service failed", message.Subject, StringComparison.Ordinal);
        Assert.Contains("State: ActiveState=failed Result=exit-code ExecMainStatus=3 NRestarts=2", message.Body, StringComparison.Ordinal);
        Assert.Contains("code=exited, status=3/NOTIMPLEMENTED", message.Body, StringComparison.Ordinal);
        Assert.Contains("account ***678", message.Body, StringComparison.Ordinal);
        foreach (string secret in new[] { AccessToken, "access-tok3n", RefreshToken, "test-secret", AccountNumber })
        {
            Assert.DoesNotContain(secret, message.Data, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnitFailed_AgainWithinWindow_IsThrottled()
    {
        await RunAsync("schwab-chains.service");

        var (exitCode, output, _) = await RunAsync("schwab-chains.service");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("unit-failed:schwab-chains.service: throttled", output.Trim());
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task UnitFailed_ToolsUnavailable_StillMailsWithLessDetail()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(
            "alert", "unit-failed", "schwab-ohlc.service", "--config", _config,
            "--systemctl", _dir.File("missing-systemctl"), "--journalctl", _dir.File("missing-journalctl"));

        Assert.True(exitCode == ExitCodes.Success, error);
        string body = Assert.Single(await _smtp.WaitForMessagesAsync(1)).Body;
        Assert.Contains("State unavailable:", body, StringComparison.Ordinal);
        Assert.Contains("Journal unavailable:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitFailed_NotAUnitName_UsageError()
    {
        var (exitCode, _, error) = await RunAsync("bad;rm");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("is not a systemd unit name", Assert.Single(CliRunner.Lines(error)), StringComparison.Ordinal);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task ListAndResolve_OpenUnitAlert_ListedThenResolvedWithOneRecovery()
    {
        await RunAsync("schwab-chains.service");

        var (_, listed, _) = await CliRunner.RunAsync("alert", "list", "--config", _config);
        var (resolvedCode, _, _) = await CliRunner.RunAsync("alert", "resolve", "unit-failed:schwab-chains.service", "--config", _config, "--message", "restarted");
        var (againCode, _, againError) = await CliRunner.RunAsync("alert", "resolve", "unit-failed:schwab-chains.service", "--config", _config);
        var (_, afterwards, _) = await CliRunner.RunAsync("alert", "list", "--config", _config);

        Assert.StartsWith("unit-failed:schwab-chains.service: schwab-chains.service failed (1x", listed.Trim(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, resolvedCode);
        Assert.Equal(ExitCodes.NotFound, againCode);
        Assert.Contains("no open alert", againError, StringComparison.Ordinal);
        Assert.Equal("no open alerts", afterwards.Trim());
        IReadOnlyList<SmtpMessage> messages = await _smtp.WaitForMessagesAsync(2);
        Assert.Equal(2, messages.Count);
        Assert.Contains("RESOLVED:", messages[1].Subject, StringComparison.Ordinal);
        Assert.Contains("restarted", messages[1].Body, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string unit) =>
        CliRunner.RunAsync("alert", "unit-failed", unit, "--config", _config, "--systemctl", _systemctl, "--journalctl", _journalctl);

    private string Script(string name, string body)
    {
        string path = _dir.Write(name, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
