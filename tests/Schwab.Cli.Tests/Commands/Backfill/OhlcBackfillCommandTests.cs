using System.Text.Json;
using Schwab.Cli.Commands.Backfill;
using Schwab.Core.Time;

namespace Schwab.Cli.Tests.Commands.Backfill;

public sealed class OhlcBackfillCommandTests
{
    [SkippableFact]
    public async Task BackfillOhlc_PunchedHole_FillsExactlyTheHoleAndNothingElseChanges()
    {
        Skip.If(!Console.IsErrorRedirected, "stderr is a terminal here, so the progress bar is drawn by design");
        await using BackfillSession s = await BackfillSession.StartAsync();
        var first = await s.BackfillAsync();
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Error);

        // The first fill stored what the simulator serves for the range.
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        var served = s.Session.Simulator.Market.GetMinuteCandles("$SPX", MarketClock.AtExchangeTime(s.From, TimeOnly.MinValue), MarketClock.AtExchangeTime(s.To.AddDays(1), TimeOnly.MinValue), 1, false, now);
        List<string> before = await s.RowsAsync();
        Assert.Equal(served.Count, before.Count(r => r.StartsWith("HISTORIC_MINUTE|", StringComparison.Ordinal)));
        Assert.Contains(before, r => r.StartsWith("HISTORIC_DAY|", StringComparison.Ordinal));

        DateOnly day = s.FirstTradingDay();
        int punched = await s.ExecuteAsync($"DELETE FROM HISTORIC_MINUTE WHERE symbol = '$SPX' AND time >= '{BackfillSession.Stamp(day, 10, 0)}' AND time < '{BackfillSession.Stamp(day, 10, 30)}'");
        Assert.Equal(30, punched);

        var (exitCode, output, error) = await s.BackfillAsync("--json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        using JsonDocument json = JsonDocument.Parse(Assert.Single(CliRunner.Lines(output)));
        JsonElement gap = Assert.Single(json.RootElement.GetProperty("minuteGaps").EnumerateArray());
        Assert.Equal(30, gap.GetProperty("minutes").GetInt32());
        Assert.Equal(MarketClock.AtExchangeTime(day, new TimeOnly(10, 0)), gap.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(30, json.RootElement.GetProperty("minutesWritten").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("daysWritten").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("gapsLeft").EnumerateArray());
        Assert.Equal(before, await s.RowsAsync());
    }

    [SkippableFact]
    public async Task BackfillOhlc_NothingMissing_SaysNoGapsAndFetchesNoMinutes()
    {
        Skip.If(!Console.IsErrorRedirected, "stderr is a terminal here, so the progress bar is drawn by design");
        await using BackfillSession s = await BackfillSession.StartAsync();
        await s.BackfillAsync();
        int requests = s.Session.Simulator.Record.PriceHistories.Count;

        var (exitCode, output, error) = await s.BackfillAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Equal($"$SPX {s.FromText}..{s.ToText}: no gaps", Assert.Single(CliRunner.Lines(output)));
        Assert.Equal(requests, s.Session.Simulator.Record.PriceHistories.Count);
    }

    [Fact]
    public async Task BackfillOhlc_TextOutput_NamesTheHoleInNewYorkTime()
    {
        await using BackfillSession s = await BackfillSession.StartAsync();
        await s.BackfillAsync();
        DateOnly day = s.FirstTradingDay();
        await s.ExecuteAsync($"DELETE FROM HISTORIC_MINUTE WHERE symbol = '$SPX' AND time >= '{BackfillSession.Stamp(day, 11, 0)}' AND time < '{BackfillSession.Stamp(day, 11, 5)}'");

        var (exitCode, output, _) = await s.BackfillAsync();

        Assert.Equal(0, exitCode);
        string[] lines = CliRunner.Lines(output);
        Assert.Equal($"$SPX {day:yyyy-MM-dd} 11:00-11:05 ET: 5 minutes missing", lines[0]);
        Assert.Equal($"$SPX {s.FromText}..{s.ToText}: filled 1 of 1 minute gaps on 1 days (5 minute rows written), 0 daily rows written", lines[^1]);
    }

    [Theory]
    [InlineData("SP X", "2026-01-05", "2026-01-09", "schwabctl: --symbol 'SP X': not a symbol")]
    [InlineData("$SPX", "2026-13-01", "2026-01-09", "schwabctl: --from '2026-13-01': not a date (yyyy-MM-dd)")]
    [InlineData("$SPX", "2026-01-05", "Jan 9", "schwabctl: --to 'Jan 9': not a date (yyyy-MM-dd)")]
    [InlineData("$SPX", "2026-01-09", "2026-01-05", "schwabctl: --from 2026-01-09 is after --to 2026-01-05")]
    [InlineData("$SPX", "2024-01-01", "2026-01-05", "schwabctl: --from 2024-01-01 --to 2026-01-05 spans more than 366 days")]
    [InlineData("$SPX", "2026-01-05", "2999-01-05", "schwabctl: --to 2999-01-05 is in the future")]
    public async Task BackfillOhlc_BadArguments_OneLineErrorNamingTheProblem(string symbol, string from, string to, string expected)
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();

        var (exitCode, output, error) = await CliRunner.RunAsync("backfill", "ohlc", "--config", session.Config, "--symbol", symbol, "--from", from, "--to", to);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith(expected, Assert.Single(CliRunner.Lines(error)), StringComparison.Ordinal);
        Assert.Empty(session.Simulator.Record.PriceHistories);
    }

    [Fact]
    public async Task BackfillOhlc_SymbolSchwabDoesNotKnow_OneLineErrorAndExitOne()
    {
        await using BackfillSession s = await BackfillSession.StartAsync();

        var (exitCode, output, error) = await CliRunner.RunAsync("backfill", "ohlc", "--config", s.Session.Config, "--symbol", "$NOPE", "--from", s.FromText, "--to", s.ToText);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("schwabctl: Schwab refused the price history of $NOPE:", Assert.Single(CliRunner.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressBar_EnabledAndDisabled_DrawsInPlaceOnlyWhenEnabled()
    {
        using var terminal = new StringWriter();
        using var piped = new StringWriter();
        var on = new ProgressBar(terminal, "$SPX", enabled: true);
        var off = new ProgressBar(piped, "$SPX", enabled: false);

        foreach (var bar in new[] { on, off })
        {
            bar.Report((0, 4));
            bar.Report((2, 4));
            bar.Report((4, 4));
            bar.Finish();
        }

        Assert.Equal("", piped.ToString());
        Assert.Equal(
            "\r$SPX [" + new string('.', 30) + "] 0/4 days\r$SPX [" + new string('#', 15) + new string('.', 15) + "] 2/4 days\r$SPX [" + new string('#', 30) + "] 4/4 days" + Environment.NewLine,
            terminal.ToString());
    }
}
