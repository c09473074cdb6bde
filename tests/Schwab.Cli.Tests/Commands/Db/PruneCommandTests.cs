using System.Text.Json;
using Dapper;
using Schwab.Core.Data.Candles;
using Schwab.Core.Data.Streaming;
using Schwab.Core.Domain;
using Schwab.Testing;
using Schwab.Testing.Data;

namespace Schwab.Cli.Tests.Commands.Db;

public sealed class PruneCommandTests
{
    private static string Config(TempDirectory dir, string dbPath) =>
        dir.Write("schwab.json", $$"""{ "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{dbPath}}" } }""");

    // The command reads the wall clock, so the rows are far from any cut-off it could compute: 2020 (pruned) and an hour ago (kept).
    private static async Task<SqliteTestDatabase> SeedAsync()
    {
        SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        DateTimeOffset old = new(2020, 1, 2, 15, 0, 0, TimeSpan.Zero);
        DateTimeOffset recent = DateTimeOffset.UtcNow.AddHours(-1);
        DateTimeOffset[] times = [old, old.AddMinutes(1), old.AddMinutes(2), recent];
        await new StreamingDataStore(db.Connections, db.Names).WriteAsync(
            [.. times.Select((t, i) => new StreamingRow { Ordinal = i, Timestamp = t, Sequence = i, Service = "LEVELONE_EQUITIES", Symbol = "$SPX" })], CancellationToken.None);
        await new CandleStore(db.Connections, db.Names).UpsertAsync(
            CandleTable.Minute, [.. times.Select(t => new Candle { Symbol = "$SPX", Time = t, Open = 1m, High = 1m, Low = 1m, Close = 1m })], CancellationToken.None);
        await new CandleStore(db.Connections, db.Names).UpsertAsync(
            CandleTable.Day, [new Candle { Symbol = "$SPX", Time = old, Open = 1m, High = 1m, Low = 1m, Close = 1m }], CancellationToken.None);
        var chains = new Schwab.Core.Data.OptionChainStore(db.Connections, db.Names);
        OptionContract[] contracts = [new() { Underlying = "$SPX", Symbol = "SPXW  200102C03000000", Strike = 3000m, Expiration = new DateOnly(2020, 1, 2) }];
        await chains.StoreAsync(old, "1min", contracts, CancellationToken.None);
        await chains.StoreAsync(recent, "1min", contracts, CancellationToken.None);
        return db;
    }

    private static async Task<long> CountAsync(SqliteTestDatabase db, string table)
    {
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    [Fact]
    public async Task Prune_DryRunThenRunThenRunAgain_CountsDeletesAndThenFindsNothing()
    {
        await using SqliteTestDatabase db = await SeedAsync();
        using var dir = new TempDirectory();
        string config = Config(dir, db.FilePath);

        var dry = await CliRunner.RunAsync("db", "prune", "--older-than", "30", "--dry-run", "--json", "--config", config);
        long quotesAfterDryRun = await CountAsync(db, "streaming_data");
        var run = await CliRunner.RunAsync("db", "prune", "--older-than", "30", "--batch-size", "2", "--config", config);
        var again = await CliRunner.RunAsync("db", "prune", "--older-than", "30", "--json", "--config", config);

        Assert.Equal(ExitCodes.Success, dry.ExitCode);
        using JsonDocument dryJson = JsonDocument.Parse(Assert.Single(CliRunner.Lines(dry.Output)));
        Assert.True(dryJson.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal([3, 1, 3], dryJson.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("rows").GetInt64()));
        Assert.Equal(4, quotesAfterDryRun);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] lines = CliRunner.Lines(run.Output);
        Assert.Contains(lines, l => l.StartsWith("OPT.dbo.streaming_data", StringComparison.Ordinal) && l.EndsWith("deleted          3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("total", StringComparison.Ordinal) && l.EndsWith("deleted          7", StringComparison.Ordinal));
        Assert.Equal(1, await CountAsync(db, "streaming_data"));
        Assert.Equal(1, await CountAsync(db, "SPX_CHAIN"));
        Assert.Equal(1, await CountAsync(db, "HISTORIC_MINUTE"));
        Assert.Equal(1, await CountAsync(db, "HISTORIC_DAY"));
        Assert.Equal(1, await CountAsync(db, "SCHWAB_LATEST_QUOTE"));

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        using JsonDocument againJson = JsonDocument.Parse(Assert.Single(CliRunner.Lines(again.Output)));
        Assert.Equal(0, againJson.RootElement.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public async Task Prune_OlderThanNotAPositiveWholeNumber_ExitsWithUsageAndOneLine(string days)
    {
        await using SqliteTestDatabase db = await SeedAsync();
        using var dir = new TempDirectory();

        var (exitCode, output, error) = await CliRunner.RunAsync("db", "prune", "--older-than", days, "--config", Config(dir, db.FilePath));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        Assert.Contains("--older-than", Assert.Single(CliRunner.Lines(error)), StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync(db, "streaming_data"));
    }

    [Fact]
    public async Task Prune_NoOlderThan_ExitsWithUsage()
    {
        using var dir = new TempDirectory();

        var (exitCode, _, error) = await CliRunner.RunAsync("db", "prune", "--config", Config(dir, dir.File("p.db")));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--older-than", error, StringComparison.Ordinal);
    }
}
