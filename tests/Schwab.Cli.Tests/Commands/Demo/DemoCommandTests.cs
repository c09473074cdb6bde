using Schwab.Testing;

namespace Schwab.Cli.Tests.Commands.Demo;

public sealed class DemoCommandTests
{
    [Theory]
    [InlineData("--duration", "0", "--duration must be a positive whole number of seconds")]
    [InlineData("--interval", "0.01", "--interval must be between 0.2 and 3600 seconds")]
    public async Task Demo_BadOption_ExitsUsageNamingIt(string option, string value, string message)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("demo", option, value);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_NoDaemonsInTheFolder_FailsNamingTheMissingDaemonBeforeStartingAnything()
    {
        using var dir = new TempDirectory();

        var (exitCode, output, error) = await CliRunner.RunAsync("demo", "--daemons", dir.Path, "--data", dir.File("data"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"schwabctl: schwab-tokens was not found under {dir.Path}", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("data")));
    }
}
