using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Schwab.Cli.Tests.Commands.Auth;

public sealed class AuthCommandTests
{
    private static async Task<string> LoginAsync(SimulatorSession session)
    {
        var printed = await CliRunner.RunAsync("auth", "--api", "MAIN_DATA", "--print-url", "--config", session.Config);
        Assert.Equal(ExitCodes.Success, printed.ExitCode);
        string redirect = await SimulatorSession.BrowserRedirectAsync(printed.Output.Trim());
        var done = await CliRunner.RunAsync("auth", "--api", "MAIN_DATA", "--redirect-url", redirect, "--config", session.Config);
        Assert.True(done.ExitCode == ExitCodes.Success, done.Output + done.Error);
        return done.Output;
    }

    [Fact]
    public async Task Auth_PrintUrlThenRedirectUrl_StoresTokensAndLinksAccountsWithoutPlaintextNumbers()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();

        string output = await LoginAsync(session);

        Assert.Contains("stored tokens for MAIN_DATA", output, StringComparison.Ordinal);
        Assert.Contains("linked account ***", output, StringComparison.Ordinal);
        Assert.Single(session.Simulator.Record.TokenGrants);
        using var connection = new SqliteConnection($"Data Source={session.Dir.File("pipeline.db")};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT account_number FROM SCHWAB_HASH";
        using SqliteDataReader reader = command.ExecuteReader();
        int rows = 0;
        while (reader.Read())
        {
            rows++;
            string stored = reader.GetString(0);
            Assert.DoesNotContain(session.Simulator.Account.Accounts, a => stored.Contains(a.AccountNumber, StringComparison.Ordinal));
        }

        Assert.Equal(session.Simulator.Account.Accounts.Count, rows);
        Assert.DoesNotContain(session.Simulator.Account.Accounts, a => output.Contains(a.AccountNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Auth_Interactive_PastedRedirectUrlIsAccepted()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();
        var authorize = new TaskCompletionSource<string>();

        // The URL is printed before the paste is read, so the "browser" step happens from a reader that waits for it.
        var input = new DeferredReader(async () => await SimulatorSession.BrowserRedirectAsync(await authorize.Task));
        using var output = new NotifyingWriter(line => { if (line.StartsWith("http", StringComparison.Ordinal)) authorize.TrySetResult(line); });
        using var error = new StringWriter();
        int exitCode = await SchwabCtl.RunAsync(["auth", "--api", "MAIN_DATA", "--config", session.Config], output, error, input);

        Assert.True(exitCode == ExitCodes.Success, output + error.ToString());
        Assert.Contains("stored tokens for MAIN_DATA", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_PastedTextIsNoUrl_OneLineCauseWithoutParameterName()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = await SchwabCtl.RunAsync(["auth", "--api", "MAIN_DATA", "--config", session.Config], output, error, new StringReader("hello\n"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        string cause = Assert.Single(error.ToString().Split('\n'), l => l.StartsWith("schwabctl: ", StringComparison.Ordinal));
        Assert.Equal("schwabctl: the pasted text is not a URL: paste the whole address-bar URL Schwab redirected to", cause);
        Assert.Empty(session.Simulator.Record.TokenGrants);
    }

    [Fact]
    public async Task Auth_RedirectWithForeignState_RefusedAndNothingStored()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();
        var printed = await CliRunner.RunAsync("auth", "--api", "MAIN_DATA", "--print-url", "--config", session.Config);
        string redirect = await SimulatorSession.BrowserRedirectAsync(printed.Output.Trim());
        string forged = System.Text.RegularExpressions.Regex.Replace(redirect, "state=[^&]+", "state=forged");

        var result = await CliRunner.RunAsync("auth", "--api", "MAIN_DATA", "--redirect-url", forged, "--config", session.Config);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("state", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(session.Simulator.Record.TokenGrants);
    }

    [Fact]
    public async Task RefreshTokenAndTokens_AfterLogin_RefreshOnceAndReportTimeLeft()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();
        await LoginAsync(session);

        var refresh = await CliRunner.RunAsync("refresh-token", "--api", "MAIN_DATA", "--config", session.Config);
        var tokens = await CliRunner.RunAsync("tokens", "--json", "--config", session.Config);

        Assert.True(refresh.ExitCode == ExitCodes.Success, refresh.Error);
        Assert.Contains("MAIN_DATA refreshed", refresh.Output, StringComparison.Ordinal);
        Assert.Equal(2, session.Simulator.Record.TokenGrants.Count);
        Assert.Equal(ExitCodes.Success, tokens.ExitCode);
        using JsonDocument json = JsonDocument.Parse(tokens.Output.Trim());
        Assert.InRange(json.RootElement.GetProperty("accessMinutesLeft").GetInt32(), 28, 30);
        Assert.InRange(json.RootElement.GetProperty("refreshHoursLeft").GetInt32(), 166, 168);
        Assert.DoesNotContain("access_token", tokens.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_NoLoginYet_SaysWhatToRunAndFails()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();

        var result = await CliRunner.RunAsync("tokens", "--config", session.Config);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("MAIN_DATA: no tokens: run schwabctl auth --api MAIN_DATA", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshToken_NoLoginYet_OneLineReauthenticationError()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();

        var result = await CliRunner.RunAsync("refresh-token", "--api", "MAIN_DATA", "--config", session.Config);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("schwabctl: re-authentication required: run schwabctl auth --api MAIN_DATA", result.Error.Trim());
    }

    [Fact]
    public async Task Auth_TwoModesAtOnce_UsageError()
    {
        var result = await CliRunner.RunAsync("auth", "--code", "x", "--print-url");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task Check_AfterLogin_EveryPrerequisiteHoldsIncludingAnAuthenticatedCall()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();
        await LoginAsync(session);

        var (exitCode, output, error) = await CliRunner.RunAsync("check", "--config", session.Config);

        Assert.True(exitCode == ExitCodes.Success, output + error);
        string[] lines = CliRunner.Lines(output);
        Assert.All(lines, line => Assert.StartsWith("ok", line, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ok    tokens:MAIN_DATA: access token", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ok    api:MAIN_DATA:", StringComparison.Ordinal));
        Assert.Contains(session.Simulator.Record.Requests, r => r.Path.EndsWith("/userPreference", StringComparison.Ordinal));
    }
}
