using Schwab.Core.Configuration;
using Schwab.Testing;

namespace Schwab.Cli.Tests.Commands.Settings;

/// <summary>Where schwabctl finds its settings, secrets and key, and what it refuses to do without them (issue 12).</summary>
public sealed class SettingsDiscoveryTests
{
    // Nothing listens on port 1 of the loopback: the connection is refused at once.
    private const string UnreachableSqlServer = "Server=127.0.0.1,1;Database=OPT;User Id=schwab;Password=never-printed;Encrypt=false;Connect Timeout=2;ConnectRetryCount=0";

    [Fact]
    public async Task DbMigrate_SqlServerInSecretsFile_FailsNamingTheServerAndCreatesNoSqliteFile()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", $$"""{ "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{dir.File("pipeline.db")}}" } }""");
        dir.Write("schwab.env", $"Database__Provider=SqlServer\nDatabase__ConnectionString=\"{UnreachableSqlServer}\"\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("db", "migrate", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Empty(output);
        string line = Assert.Single(CliRunner.Lines(error));
        Assert.StartsWith("schwabctl: SQL Server 127.0.0.1,1:", line, StringComparison.Ordinal);
        Assert.DoesNotContain("never-printed", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("pipeline.db")), "no SQLite file may be created when the provider is SQL Server");
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.db", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task DbMigrate_NoConnectionStringAnywhere_RefusesInsteadOfCreatingADefaultFile()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", """{ "Database": { "Provider": "Sqlite" } }""");

        var (exitCode, _, error) = await CliRunner.RunAsync("db", "migrate", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("Database:ConnectionString: is required", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.db", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Check_AppSecretsOnlyInSecretsFile_AreSeen()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", $$"""
            { "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{dir.File("pipeline.db")}}" },
              "Schwab": { "Apps": { "MAIN_DATA": { "BaseUrl": "http://127.0.0.1:9", "RedirectUri": "https://127.0.0.1" } }, "DataApp": "MAIN_DATA", "TradeApp": "MAIN_DATA" } }
            """);
        dir.Write("schwab.env", "# the app\nSchwab__Apps__MAIN_DATA__ClientId=id-from-env-file\nSchwab__Apps__MAIN_DATA__ClientSecret='secret-from-env-file'\n");

        var (_, output, _) = await CliRunner.RunAsync("check", "--config", config);

        Assert.DoesNotContain("ClientId", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ClientSecret", output, StringComparison.Ordinal);
        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("ok    configuration:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_MalformedSecretsFileLine_OneLineNamingFileAndLineNotTheValue()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", "{}");
        string env = dir.Write("schwab.env", "A=1\nexport-me hunter2\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("check", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        string line = Assert.Single(CliRunner.Lines(error));
        Assert.Contains($"'{env}' line 2", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Health_NoSettingsFileAnywhere_ExitsUnknownSayingWhereItLookedAndCreatesNothing()
    {
        Skip.If(
            File.Exists(SchwabConfiguration.ProductionPath) || File.Exists(SchwabConfiguration.DevelopmentPath)
                || Environment.GetEnvironmentVariable(SchwabConfiguration.ConfigEnvironmentVariable) is { Length: > 0 },
            "a settings file is reachable on this machine");
        string defaultDatabase = Path.GetFullPath("var/schwab.db");
        Skip.If(File.Exists(defaultDatabase), "an earlier build left var/schwab.db here");

        var (exitCode, output, error) = await CliRunner.RunAsync("health");

        Assert.Equal(ExitCodes.HealthUnknown, exitCode);
        Assert.Empty(output);
        string line = Assert.Single(CliRunner.Lines(error));
        Assert.StartsWith("schwabctl: no settings file found: --config not given, $SCHWAB_CONFIG not set", line, StringComparison.Ordinal);
        Assert.Contains(SchwabConfiguration.ProductionPath, line, StringComparison.Ordinal);
        Assert.False(File.Exists(defaultDatabase), "health must never create a database");
    }

    [Fact]
    public async Task Health_SettingsNameAMissingSqliteFile_ExitsUnknownAndDoesNotCreateIt()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", $$"""
            { "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{dir.File("data/pipeline.db")}}" }, "Health": { "Systemd": false } }
            """);

        var (exitCode, output, _) = await CliRunner.RunAsync("health", "--config", config);

        Assert.Equal(ExitCodes.HealthUnknown, exitCode);
        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("UNKN  database", StringComparison.Ordinal) && l.Contains("db migrate", StringComparison.Ordinal));
        Assert.False(File.Exists(dir.File("data/pipeline.db")), "health must never create a database");
    }

    [Fact]
    public async Task Health_InvalidSettings_ExitsUnknown()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", "{ not json");

        var (exitCode, _, error) = await CliRunner.RunAsync("health", "--config", config);

        Assert.Equal(ExitCodes.HealthUnknown, exitCode);
        Assert.Single(CliRunner.Lines(error));
    }

    [Fact]
    public async Task Check_MisspelledSections_ReportedLikeUnknownKeysButNotTheEnvironment()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", """{ "Alert": { "To": "x@example.com" }, "Databse": { "Provider": "Sqlite" } }""");

        var (exitCode, output, _) = await CliRunner.RunAsync("check", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        string[] lines = CliRunner.Lines(output);
        Assert.Contains(lines, l => l.StartsWith("FAIL  configuration: Alert: is not a known section (known: Alerts, Balances", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("FAIL  configuration: Databse: is not a known section", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("PATH:", StringComparison.Ordinal) || l.Contains("HOME:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chek")]
    [InlineData("health", "--bogus")]
    public async Task UsageErrors_Exit64(params string[] args)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(64, exitCode);
        Assert.StartsWith("schwabctl: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prune_BadDays_Exits64()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", $$"""{ "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{dir.File("pipeline.db")}}" } }""");

        var (exitCode, _, error) = await CliRunner.RunAsync("db", "prune", "--older-than", "0", "--config", config);

        Assert.Equal(64, exitCode);
        Assert.Single(CliRunner.Lines(error));
    }
}
