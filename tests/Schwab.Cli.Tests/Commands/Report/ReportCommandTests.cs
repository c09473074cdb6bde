using System.Text.Json;
using Schwab.Testing;
using Schwab.Testing.Data;

namespace Schwab.Cli.Tests.Commands.Report;

public sealed class ReportCommandTests
{
    private static string Config(TempDirectory dir, string dbPath) =>
        dir.Write("schwab.json", $$"""{ "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{dbPath}}" } }""");

    [Fact]
    public async Task Report_KnownDayJson_ParsesWithTheDaysCountsGapsAndJournal()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await KnownReportDay.SeedAsync(db);
        using var dir = new TempDirectory();
        using var journalctl = new FakeJournalctl(RecordedJournal.Lines);

        var (exitCode, output, error) = await CliRunner.RunAsync(
            "report", "--day", "2026-11-25", "--json", "--journalctl", journalctl.Path, "--config", Config(dir, db.FilePath));

        Assert.Equal(ExitCodes.Success, exitCode);
        string line = Assert.Single(CliRunner.Lines(output));
        using JsonDocument json = JsonDocument.Parse(line);
        JsonElement root = json.RootElement;
        Assert.Equal("2026-11-25", root.GetProperty("day").GetString());
        Assert.Equal("2026-11-25T14:30:00+00:00", root.GetProperty("session").GetProperty("regularStart").GetString());
        JsonElement datasets = root.GetProperty("datasets");
        Assert.Equal(KnownReportDay.Quotes, datasets.GetProperty("quotes").GetInt64());
        Assert.Equal(KnownReportDay.OneMinuteContracts + KnownReportDay.FiveMinuteContracts, datasets.GetProperty("chains").GetInt64());
        Assert.Equal(KnownReportDay.MinuteCandles, datasets.GetProperty("minuteCandles").GetInt64());
        Assert.Equal(KnownReportDay.Orders, datasets.GetProperty("orders").GetInt64());
        Assert.Equal(KnownReportDay.Transactions, datasets.GetProperty("transactions").GetInt64());
        Assert.Equal(KnownReportDay.Balances, datasets.GetProperty("balances").GetInt64());
        Assert.Equal(KnownReportDay.Positions, datasets.GetProperty("positions").GetInt64());
        JsonElement oneMinute = root.GetProperty("chains")[0];
        Assert.Equal("1min", oneMinute.GetProperty("frequency").GetString());
        Assert.Equal(KnownReportDay.OneMinuteSnapshots, oneMinute.GetProperty("snapshots").GetInt64());
        Assert.Equal([10, 2, 5, 390], root.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("minutes").GetInt32()));
        Assert.Equal(10, root.GetProperty("gapMinutes").GetProperty("quotes").GetInt32());
        JsonElement journal = root.GetProperty("journal");
        Assert.True(journal.GetProperty("available").GetBoolean());
        JsonElement totals = journal.GetProperty("totals");
        Assert.Equal(4, totals.GetProperty("starts").GetInt32());
        Assert.Equal(1, totals.GetProperty("restartsScheduled").GetInt32());
        Assert.Equal(3, totals.GetProperty("errors").GetInt32());
        Assert.Equal(2, totals.GetProperty("rateLimited").GetInt32());
        Assert.Equal(2, totals.GetProperty("tokenRefreshes").GetInt32());
        JsonElement chainsUnit = journal.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "schwab-chains.service");
        Assert.Equal(2, chainsUnit.GetProperty("starts").GetInt32());
        Assert.DoesNotContain("fail", error, StringComparison.OrdinalIgnoreCase); // stderr holds only the no-calendar warning
    }

    [Fact]
    public async Task Report_JournalctlMissing_TextSaysJournalUnavailableInsteadOfZeros()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await KnownReportDay.SeedAsync(db);
        using var dir = new TempDirectory();

        var (exitCode, output, _) = await CliRunner.RunAsync(
            "report", "--day", "2026-11-25", "--journalctl", dir.File("no-journalctl"), "--config", Config(dir, db.FilePath));

        Assert.Equal(ExitCodes.Success, exitCode);
        string[] lines = CliRunner.Lines(output);
        Assert.Contains(lines, l => l.StartsWith("quotes", StringComparison.Ordinal) && l.EndsWith(" 379", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("quotes", StringComparison.Ordinal) && l.Contains("09:50-10:00 ET", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("journal unavailable", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("schwab-tokens.service", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_DaysThreeJson_PrintsOneObjectPerTradingDayOldestFirst()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await KnownReportDay.SeedAsync(db);
        using var dir = new TempDirectory();

        var (exitCode, output, _) = await CliRunner.RunAsync(
            "report", "--day", "2026-11-25", "--days", "3", "--no-journal", "--json", "--config", Config(dir, db.FilePath));

        Assert.Equal(ExitCodes.Success, exitCode);
        var days = CliRunner.Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["2026-11-23", "2026-11-24", "2026-11-25"], days.Select(d => d.GetProperty("day").GetString()));
        // KnownReportDay's last-tick-before-midnight quote belongs to the 24th.
        Assert.Equal([0, 1, KnownReportDay.Quotes], days.Select(d => d.GetProperty("datasets").GetProperty("quotes").GetInt64()));
        Assert.All(days, d => Assert.False(d.GetProperty("journal").GetProperty("available").GetBoolean()));
    }

    [Theory]
    [InlineData("--day", "2026-02-30", "--day must be a date as YYYY-MM-DD")]
    [InlineData("--days", "0", "--days must be between 1 and 366")]
    [InlineData("--quote-gap", "0", "--quote-gap must be at least 1 minute")]
    public async Task Report_BadArgument_ExitsWithUsageAndOneLine(string option, string value, string message)
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        using var dir = new TempDirectory();

        var (exitCode, output, error) = await CliRunner.RunAsync("report", option, value, "--config", Config(dir, db.FilePath));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"schwabctl: {message}", Assert.Single(CliRunner.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NoDatabaseFile_ExitsOneWithOneLine()
    {
        using var dir = new TempDirectory();

        var (exitCode, output, error) = await CliRunner.RunAsync("report", "--day", "2026-11-25", "--config", Config(dir, dir.File("missing.db")));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal("", output);
        Assert.Contains("does not exist: run 'schwabctl db migrate'", Assert.Single(CliRunner.Lines(error)), StringComparison.Ordinal);
    }
}
