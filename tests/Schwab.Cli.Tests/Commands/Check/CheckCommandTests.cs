using System.Text.Json;
using Schwab.Testing;

namespace Schwab.Cli.Tests.Commands.Check;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_BrokenConfiguration_PrintsEveryProblemOnItsOwnLineAndFails()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", """
            { "Chains": { "StrikeCount": -1 }, "Transactions": { "SessionInterval": "-00:00:05" }, "Stream": { "Rnage": 3 } }
            """);

        var (exitCode, output, _) = await CliRunner.RunAsync("check", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        string[] lines = CliRunner.Lines(output);
        Assert.Contains(lines, l => l.StartsWith("FAIL", StringComparison.Ordinal) && l.Contains("Chains:StrikeCount:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("FAIL", StringComparison.Ordinal) && l.Contains("Transactions:SessionInterval:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("FAIL", StringComparison.Ordinal) && l.Contains("Stream:Rnage:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_Json_PrintsOneParsableObjectPerLine()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", """{ "Chains": { "StrikeCount": -1 } }""");

        var (_, output, _) = await CliRunner.RunAsync("check", "--json", "--config", config);

        foreach (string line in CliRunner.Lines(output))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            Assert.True(document.RootElement.TryGetProperty("check", out _));
            Assert.True(document.RootElement.TryGetProperty("status", out _));
        }

        Assert.Contains("\"failed\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingConfigFile_OneLineErrorAndFailure()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("check", "--config", "/nonexistent/schwab.json");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Empty(output);
        Assert.Single(CliRunner.Lines(error));
        Assert.Contains("/nonexistent/schwab.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_IssueTwoBrokenConfiguration_ListsSecretUrlIntervalAndProviderEachOnItsOwnLine()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", """
            {
              "Database": { "Provider": "Oracle" },
              "Schwab": { "Apps": { "MAIN_DATA": { "ClientId": "id", "BaseUrl": "not a url" } }, "TradeApp": "MAIN_DATA" },
              "Transactions": { "SessionInterval": "-00:00:10" }
            }
            """);

        var (exitCode, output, _) = await CliRunner.RunAsync("check", "--config", config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        string[] failures = CliRunner.Lines(output).Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)).ToArray();
        Assert.Contains(failures, l => l.Contains("Database:Provider: 'Oracle' is not valid, expected one of Sqlite, SqlServer", StringComparison.Ordinal));
        Assert.Contains(failures, l => l.Contains("Schwab:Apps:MAIN_DATA:ClientSecret: is required", StringComparison.Ordinal));
        Assert.Contains(failures, l => l.Contains("Schwab:Apps:MAIN_DATA:BaseUrl: must be an absolute http or https URL", StringComparison.Ordinal));
        Assert.Contains(failures, l => l.Contains("Transactions:SessionInterval: must be a positive duration", StringComparison.Ordinal));
    }
}
