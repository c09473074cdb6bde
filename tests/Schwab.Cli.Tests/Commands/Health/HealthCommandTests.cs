namespace Schwab.Cli.Tests.Commands.Health;

public sealed class HealthCommandTests
{
    [Fact]
    public async Task Health_FreshDataInSession_ExitsZeroWithEveryCheckOk()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();

        var (exitCode, output, error) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.True(exitCode == ExitCodes.HealthOk, output + error);
        Assert.Equal("ok", report.Status);
        Assert.Empty(report.Problems);
        Assert.True(report["stale:quotes"].Values.GetProperty("inSession").GetBoolean());
        Assert.Contains("session open until", report["stale:chains"].Detail, StringComparison.Ordinal);
        Assert.Equal(
            ["database", "heartbeat:schwab-tokens", "heartbeat:schwab-markethours", "heartbeat:schwab-balances", "heartbeat:schwab-chains",
             "heartbeat:schwab-ohlc", "heartbeat:schwab-transactions", "heartbeat:schwab-stream", "stale:quotes", "stale:chains",
             "stale:candles-minute", "stale:candles-day", "stale:orders", "stale:balances", "stale:market-hours", "token:MAIN_DATA",
             "journal:errors", "journal:429"],
            report.Checks.Select(c => c.Key).Where(k => k != "systemd"));
    }

    [Fact]
    public async Task Health_QuotesSixMinutesOldInSession_ExitsCriticalNamingQuotes()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.ClearAsync("streaming_data");
        await scene.QuoteAsync(scene.Now.AddMinutes(-6));

        var (exitCode, output, _) = await scene.RunAsync();

        Assert.Equal(ExitCodes.HealthCritical, exitCode);
        string line = Assert.Single(CliRunner.Lines(output), l => !l.StartsWith("OK", StringComparison.Ordinal) && !l.StartsWith("overall", StringComparison.Ordinal));
        Assert.StartsWith("CRIT  stale:quotes ", line, StringComparison.Ordinal);
        Assert.Contains("nothing new for 6 min during the session", line, StringComparison.Ordinal);
        Assert.Contains("overall: CRITICAL (1 critical, 0 warning,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ChainsFourMinutesOldInSession_ExitsWarningNamingChains()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.ClearAsync("SPX_CHAIN");
        await scene.ChainAsync(scene.Now.AddMinutes(-4));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal(["stale:chains"], report.Problems);
        Assert.Equal("warning", report["stale:chains"].Status);
    }

    [Fact]
    public async Task Health_NothingSinceTheOpen_IsMeasuredFromTheOpen()
    {
        // 15:00 UTC is 30 minutes into the session; yesterday's last chain must not count as 18 hours of staleness, but
        // nothing in 30 minutes of session is critical all the same.
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.ClearAsync("SPX_CHAIN");
        await scene.ChainAsync(scene.Now.AddHours(-18));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        Assert.Equal(ExitCodes.HealthCritical, exitCode);
        Assert.Contains("nothing new for 30 min during the session", HealthReportReader.Parse(output)["stale:chains"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_SameStalenessAfterTheClose_ExitsZero()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.AfterClose);
        await scene.FillFreshAsync();
        await scene.ClearAsync("streaming_data");
        await scene.ClearAsync("SPX_CHAIN");
        await scene.QuoteAsync(scene.Now.AddMinutes(-6));
        await scene.ChainAsync(scene.Now.AddMinutes(-6));

        var (exitCode, output, error) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.True(exitCode == ExitCodes.HealthOk, output + error);
        Assert.StartsWith("market closed; newest ", report["stale:quotes"].Detail, StringComparison.Ordinal);
        Assert.StartsWith("market closed; newest ", report["stale:chains"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_DaemonThatNeverRanHere_ItsDatasetIsNotJudged()
    {
        // The demo runs without schwab-stream: no heartbeat row, no quotes, in session — not a failure.
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.DeleteHeartbeatAsync("schwab-stream");
        await scene.ClearAsync("streaming_data");

        var (exitCode, output, error) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.True(exitCode == ExitCodes.HealthOk, output + error);
        Assert.Equal("not collected here: schwab-stream has never run against this database; none stored", report["stale:quotes"].Detail);
        Assert.StartsWith("not running here", report["heartbeat:schwab-stream"].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80, ExitCodes.HealthOk, "ok")]
    [InlineData(180, ExitCodes.HealthWarning, "warning")]
    [InlineData(600, ExitCodes.HealthCritical, "critical")]
    public async Task Health_HeartbeatAge_GradesAndNamesTheDaemon(int seconds, int expectedExit, string expectedStatus)
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.AfterClose);
        await scene.FillFreshAsync();
        await scene.HeartbeatAsync("schwab-ohlc", scene.Now.AddSeconds(-seconds));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(expectedExit, exitCode);
        Assert.Equal(expectedStatus, report["heartbeat:schwab-ohlc"].Status);
        Assert.Equal(expectedStatus == "ok" ? [] : ["heartbeat:schwab-ohlc"], report.Problems);
        if (expectedStatus != "ok")
        {
            Assert.Contains("is schwab-ohlc running?", report["heartbeat:schwab-ohlc"].Detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(20, ExitCodes.HealthOk, "ok", "stopped 20 s ago on testhost")]
    [InlineData(7200, ExitCodes.HealthCritical, "critical", "stopped 2 h ago on testhost (more than 5 min: start schwab-ohlc again)")]
    public async Task Health_CleanlyStoppedDaemonWithoutSystemd_OkRightAfterStaleLater(int seconds, int expectedExit, string expectedStatus, string expectedDetail)
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.AfterClose);
        await scene.FillFreshAsync();
        await scene.HeartbeatAsync("schwab-ohlc", scene.Now.AddSeconds(-seconds), status: Schwab.Core.Hosting.HeartbeatWorker.Stopped);

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(expectedExit, exitCode);
        Assert.Equal((expectedStatus, expectedDetail), (report["heartbeat:schwab-ohlc"].Status, report["heartbeat:schwab-ohlc"].Detail));
    }

    [Fact]
    public async Task Health_DaemonStoppedAfterAFailure_WarnsWithTheError()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.AfterClose);
        await scene.FillFreshAsync();
        await scene.HeartbeatAsync(
            "schwab-chains", scene.Now.AddSeconds(-10), lastSuccess: scene.Now.AddMinutes(-1), lastErrorAt: scene.Now.AddSeconds(-10),
            lastError: "worker broke", status: Schwab.Core.Hosting.HeartbeatWorker.StoppedAfterFailure);

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal("stopped after a failure 10 s ago on testhost; its last work failed 10 s ago: worker broke", report["heartbeat:schwab-chains"].Detail);
    }

    [Fact]
    public async Task Health_LastWorkFailed_WarnsWithTheError()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.AfterClose);
        await scene.FillFreshAsync();
        await scene.HeartbeatAsync("schwab-balances", scene.Now.AddSeconds(-10), lastSuccess: scene.Now.AddHours(-2), lastErrorAt: scene.Now.AddMinutes(-3), lastError: "Schwab answered 503");

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal(["heartbeat:schwab-balances"], report.Problems);
        Assert.EndsWith("its last work failed 3 min ago: Schwab answered 503", report["heartbeat:schwab-balances"].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, ExitCodes.HealthOk, "ok")]
    [InlineData(20, ExitCodes.HealthWarning, "warning")]
    [InlineData(1, ExitCodes.HealthCritical, "critical")]
    public async Task Health_RefreshTokenHoursLeft_GradesTheToken(int hours, int expectedExit, string expectedStatus)
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.AfterClose);
        await scene.FillFreshAsync();
        await scene.TokensAsync("MAIN_DATA", TimeSpan.FromHours(hours));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(expectedExit, exitCode);
        Assert.Equal(expectedStatus, report["token:MAIN_DATA"].Status);
        Assert.Equal(hours, report["token:MAIN_DATA"].Values.GetProperty("refreshHoursLeft").GetInt32());
        Assert.DoesNotContain("secret-value", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_NoTokensStored_IsCriticalAndSaysHowToLogIn()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.AfterClose);
        await scene.FillFreshAsync();
        await scene.ClearAsync("SCHWAB_API");

        var (exitCode, output, _) = await scene.RunAsync();

        Assert.Equal(ExitCodes.HealthCritical, exitCode);
        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("CRIT  token:MAIN_DATA ", StringComparison.Ordinal) && l.EndsWith("no tokens: run schwabctl auth --api MAIN_DATA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_Json_ParsesAndMatchesTheTable()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.QuoteAsync(scene.Now.AddMinutes(-10));
        await scene.ClearAsync("streaming_data");
        await scene.HeartbeatAsync("schwab-chains", scene.Now.AddMinutes(-2));

        var (jsonExit, json, _) = await scene.RunAsync("--json");
        var (textExit, text, _) = await scene.RunAsync();

        HealthReportReader report = HealthReportReader.Parse(json);
        string[] lines = CliRunner.Lines(text);
        Assert.Equal(jsonExit, textExit);
        Assert.Equal(report.Checks.Count + 1, lines.Length);
        for (int i = 0; i < report.Checks.Count; i++)
        {
            HealthReportReader.Check check = report.Checks[i];
            string label = check.Status switch { "critical" => "CRIT", "warning" => "WARN", _ => "OK" };
            Assert.Matches($"^{label} +{System.Text.RegularExpressions.Regex.Escape(check.Key)} +{System.Text.RegularExpressions.Regex.Escape(check.Detail)}$", lines[i]);
        }

        Assert.Equal($"overall: {report.Status.ToUpperInvariant()} (1 critical, 1 warning, {report.Checks.Count - 2} ok)", lines[^1]);
    }
}
