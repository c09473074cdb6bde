using Schwab.Core.Configuration;
using Schwab.Testing;

namespace Schwab.Core.Tests.Configuration;

public sealed class SecretsFileTests
{
    private static IReadOnlyDictionary<string, string?> Parse(params string[] lines) => SecretsFile.Parse("/etc/schwab/schwab.env", lines);

    [Fact]
    public void Parse_EnvironmentFileSyntax_MapsSectionKeysAndStripsQuotes()
    {
        IReadOnlyDictionary<string, string?> values = Parse(
            "# secrets",
            "",
            "; another comment",
            "Database__Provider=SqlServer",
            "Database__ConnectionString = \"Server=sql;Password=a b\"",
            "Schwab__Apps__MAIN_DATA__ClientSecret='s3cr=t'");

        Assert.Equal("SqlServer", values["Database:Provider"]);
        Assert.Equal("Server=sql;Password=a b", values["Database:ConnectionString"]);
        Assert.Equal("s3cr=t", values["Schwab:Apps:MAIN_DATA:ClientSecret"]);
        Assert.Equal(3, values.Count);
    }

    [Fact]
    public void Parse_LineNotKeyValue_NamesFileAndLineButNeverTheValue()
    {
        var ex = Assert.Throws<ConfigurationProblemException>(() => Parse("A=1", "hunter2-secret", "B=\"unclosed"));

        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("/etc/schwab/schwab.env' line 2", ex.Problems[0], StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Problems[1], StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unclosed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_IsEmpty()
    {
        using var dir = new TempDirectory();

        Assert.Empty(SecretsFile.Read(dir.File("schwab.env")));
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Read_UnreadableFile_OneLineProblemNamingIt()
    {
        Skip.If(!OperatingSystem.IsLinux() || Environment.IsPrivilegedProcess, "needs an unprivileged user on Linux (root reads every file)");
        using var dir = new TempDirectory();
        string path = dir.Write("schwab.env", "A=1\n");
        File.SetUnixFileMode(path, UnixFileMode.None);

        var ex = Assert.Throws<ConfigurationProblemException>(() => SecretsFile.Read(path));

        Assert.Contains(path, Assert.Single(ex.Problems), StringComparison.Ordinal);
        Assert.Contains("permission denied", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SecretsFileBesideSettings_LayeredAfterJsonAndBeforeTheEnvironment()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", """{ "Database": { "Provider": "Sqlite", "CommandTimeout": "00:00:10" }, "LayerTest": { "Value": 5 } }""");
        dir.Write("schwab.env", "Database__Provider=SqlServer\nLayerTest__Value=7\n");
        string variable = "LayerTest__Value";
        string? before = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, "9");
        try
        {
            var configuration = SchwabConfiguration.Build(config, _ => null);

            Assert.Equal("SqlServer", configuration["Database:Provider"]);
            Assert.Equal("00:00:10", configuration["Database:CommandTimeout"]);
            Assert.Equal("9", configuration["LayerTest:Value"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, before);
        }
    }

    [Fact]
    public void Build_TokenKeyBesideSettings_IsTheDefaultKeyFileUnlessOneIsSet()
    {
        using var dir = new TempDirectory();
        string key = dir.Write("token.key", "x");
        string plain = dir.Write("schwab.json", "{}");
        string explicitKey = dir.Write("other/schwab.json", """{ "Security": { "KeyFile": "/srv/key" } }""");
        dir.Write("other/token.key", "x");

        Assert.Equal(key, SchwabConfiguration.Build(plain, _ => null)["Security:KeyFile"]);
        Assert.Equal("/srv/key", SchwabConfiguration.Build(explicitKey, _ => null)["Security:KeyFile"]);
    }

    [SkippableFact]
    public void Build_NoSettingsFileAnywhere_OneLineSayingWhereItLooked()
    {
        Skip.If(File.Exists(SchwabConfiguration.ProductionPath) || File.Exists(SchwabConfiguration.DevelopmentPath), "a settings file exists on this machine");

        var ex = Assert.Throws<ConfigurationProblemException>(() => SchwabConfiguration.Build(null, _ => null));

        string problem = Assert.Single(ex.Problems);
        Assert.StartsWith("no settings file found", problem, StringComparison.Ordinal);
        Assert.Contains("--config", problem, StringComparison.Ordinal);
        Assert.Contains("$SCHWAB_CONFIG", problem, StringComparison.Ordinal);
        Assert.Contains(SchwabConfiguration.ProductionPath, problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }
}
