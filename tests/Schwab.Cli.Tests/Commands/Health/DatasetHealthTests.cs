namespace Schwab.Cli.Tests.Commands.Health;

public sealed class DatasetHealthTests
{
    [Fact]
    public async Task Health_OrdersNotPolledForTenMinutes_WarnsThoughTheDaemonIsAlive()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.HeartbeatAsync("schwab-transactions", scene.Now.AddSeconds(-10), lastSuccess: scene.Now.AddMinutes(-10));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal(["stale:orders"], report.Problems);
        Assert.Equal("schwab-transactions last polled orders successfully 10 min ago", report["stale:orders"].Detail);
    }

    [Fact]
    public async Task Health_BalancesSnapshotOfThisMorningMissing_Warns()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.ClearAsync("SCHWAB_BALANCES");
        await scene.BalancesAsync(scene.Now.AddDays(-1));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal(["stale:balances"], report.Problems);
        Assert.StartsWith("the snapshot due at 2026-12-02 14:00:00 UTC is missing", report["stale:balances"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_TomorrowMissingFromTheCalendar_Warns()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.DeleteMarketDayAsync(new DateOnly(2026, 12, 3));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal(["stale:market-hours"], report.Problems);
        Assert.StartsWith("no calendar for 2026-12-03", report["stale:market-hours"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_MinuteCandlesOfOneSymbolMissing_WarnsNamingIt()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        await scene.FillFreshAsync();
        await scene.ClearAsync("HISTORIC_MINUTE");
        await scene.CandleAsync("HISTORIC_MINUTE", "$SPX", scene.Now.AddDays(-6));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal(["stale:candles-minute"], report.Problems);
        Assert.StartsWith("none stored for $VIX", report["stale:candles-minute"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_QuoteThresholdsFromSettings_AreUsed()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession, """ "QuotesWarning": "00:00:10", "QuotesCritical": "00:01:00" """);
        await scene.FillFreshAsync();
        await scene.ClearAsync("streaming_data");
        await scene.QuoteAsync(scene.Now.AddSeconds(-15));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthWarning, exitCode);
        Assert.Equal(["stale:quotes"], report.Problems);
        Assert.Equal(10, report["stale:quotes"].Values.GetProperty("warningSeconds").GetInt32());
    }

    [Fact]
    public async Task Health_CriticalThresholdBelowWarning_FailsNamingTheKey()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession, """ "ChainsWarning": "00:10:00", "ChainsCritical": "00:05:00" """);

        var (exitCode, output, error) = await scene.RunAsync();

        Assert.Equal(ExitCodes.HealthUnknown, exitCode);
        Assert.Empty(output);
        Assert.Contains("Health:ChainsCritical: must be more than ChainsWarning", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_FileIsNotADatabase_IsUnknown()
    {
        await using HealthScene scene = await HealthScene.CreateAsync(HealthScene.InSession);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(scene.Database, new string('x', 4096));

        var (exitCode, output, _) = await scene.RunAsync("--json");

        HealthReportReader report = HealthReportReader.Parse(output);
        Assert.Equal(ExitCodes.HealthUnknown, exitCode);
        Assert.Equal(["database"], report.Problems);
        Assert.StartsWith("cannot read the database: ", report["database"].Detail, StringComparison.Ordinal);
    }
}
