using System.Text.Json;
using Microsoft.Data.Sqlite;
using Schwab.Testing;

namespace Schwab.Cli.Tests.Commands.Db;

public sealed class DbCommandTests
{
    private static string Config(TempDirectory dir) =>
        dir.Write("schwab.json", $$"""{ "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{dir.File("pipeline.db")}}" } }""");

    private static List<string> Tables(string dbPath)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using SqliteDataReader reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    [Fact]
    public async Task Migrate_FreshFile_CreatesEveryTableAndSecondRunChangesNothing()
    {
        using var dir = new TempDirectory();
        string config = Config(dir);

        var first = await CliRunner.RunAsync("db", "migrate", "--config", config);
        List<string> afterFirst = Tables(dir.File("pipeline.db"));
        byte[] bytesAfterFirst = await File.ReadAllBytesAsync(dir.File("pipeline.db"));
        var second = await CliRunner.RunAsync("db", "migrate", "--config", config);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("applied 0001", first.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("nothing to do", second.Output, StringComparison.Ordinal);
        Assert.Equal(afterFirst, Tables(dir.File("pipeline.db")));
        Assert.Superset(
            new HashSet<string>(["SCHWAB_API", "SCHWAB_HASH", "SCHWAB_MARKET_HOURS", "SPX_CHAIN", "streaming_data", "SCHWAB_LATEST_QUOTE",
                "HISTORIC_MINUTE", "HISTORIC_DAY", "SCHWAB_JSON_TRANSACTIONS", "SCHWAB_ORDERS", "SCHWAB_ORDER_LEGS", "SCHWAB_ORDER_ACTIVITIES",
                "SCHWAB_EXECUTION_LEGS", "SCHWAB_SPREADS", "SCHWAB_TRANSACTIONS", "SCHWAB_BALANCES", "SCHWAB_POSITIONS", "SCHWAB_SERVICE_STATUS",
                "SCHWAB_ALERTS"]),
            afterFirst.ToHashSet());
        Assert.NotEmpty(bytesAfterFirst);
    }

    [Fact]
    public async Task Status_BeforeAndAfterMigrate_ReportsVersionAndExitCode()
    {
        using var dir = new TempDirectory();
        string config = Config(dir);

        var before = await CliRunner.RunAsync("db", "status", "--json", "--config", config);
        await CliRunner.RunAsync("db", "migrate", "--config", config);
        var after = await CliRunner.RunAsync("db", "status", "--json", "--config", config);

        Assert.Equal(ExitCodes.Failure, before.ExitCode);
        Assert.False(File.Exists(dir.File("pipeline.db")) && before.Output.Contains("\"current\":true", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, after.ExitCode);
        using JsonDocument json = JsonDocument.Parse(after.Output);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.True(json.RootElement.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Check_DatabaseNotMigrated_FailsNamingTheFix()
    {
        using var dir = new TempDirectory();

        var (exitCode, output, _) = await CliRunner.RunAsync("check", "--config", Config(dir));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("FAIL  database:", StringComparison.Ordinal) && l.Contains("schwabctl db migrate", StringComparison.Ordinal));
        Assert.False(File.Exists(dir.File("pipeline.db")), "check must not create the database file");
    }
}
