using Schwab.Core.Configuration;
using Schwab.Testing;

namespace Schwab.Core.Tests.Configuration;

public sealed class SchwabConfigurationTests
{
    private static string? NoEnvironment(string name) => null;

    [Fact]
    public void ResolvePath_ExplicitFileMissing_FailsNamingPathAndSource()
    {
        using var dir = new TempDirectory();
        string missing = dir.File("nope.json");

        var ex = Assert.Throws<ConfigurationProblemException>(() => SchwabConfiguration.ResolvePath(missing, NoEnvironment));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
        Assert.Contains("--config", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void ResolvePath_EnvironmentVariableSet_UsesIt()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("settings.json", "{}");

        string? path = SchwabConfiguration.ResolvePath(null, name => name == "SCHWAB_CONFIG" ? file : null);

        Assert.Equal(file, path);
    }

    [Fact]
    public void ResolvePath_EnvironmentVariableNamesMissingFile_FailsNamingTheVariable()
    {
        var ex = Assert.Throws<ConfigurationProblemException>(
            () => SchwabConfiguration.ResolvePath(null, name => name == "SCHWAB_CONFIG" ? "/nonexistent/schwab.json" : null));

        Assert.Contains("SCHWAB_CONFIG", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InvalidJson_GivesOneLineProblemNamingTheFile()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("broken.json", "{ \"Chains\": { \"StrikeCount\": 5, }");

        var ex = Assert.Throws<ConfigurationProblemException>(() => SchwabConfiguration.Build(file, NoEnvironment));

        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Single(ex.Problems);
    }

    [Fact]
    public void Build_ValidFile_ValuesAreRead()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("ok.json", """{ "Chains": { "StrikeCount": 50 } }""");

        var configuration = SchwabConfiguration.Build(file, NoEnvironment);

        Assert.Equal("50", configuration["Chains:StrikeCount"]);
    }
}
