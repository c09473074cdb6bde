using Schwab.Core.Hosting;

namespace Schwab.Core.Tests.Hosting;

public sealed class DaemonArgumentsTests
{
    private static (int? ExitCode, string Error) Refuse(params string[] args)
    {
        using var error = new StringWriter();
        int? exitCode = DaemonArguments.Refuse("schwab-tokens", args, error);
        return (exitCode, error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("--config", "/etc/schwab/schwab.json")]
    [InlineData("--config=/etc/schwab/schwab.json", "--verbose")]
    [InlineData("--verbose", "--config", "schwab.json")]
    public void Refuse_DocumentedOptions_AreAccepted(params string[] args)
    {
        var (exitCode, error) = Refuse(args);

        Assert.Null(exitCode);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("unknown option '--foo'", "--foo", "bar")]
    [InlineData("unknown option '--Chains:StrikeCount=5'", "--Chains:StrikeCount=5")]
    [InlineData("unexpected argument 'run'", "run")]
    [InlineData("option '--config' needs a PATH", "--config")]
    [InlineData("option '--config' needs a PATH", "--config", "--verbose")]
    public void Refuse_AnythingElse_OneLineNamingItAndExit64(string expected, params string[] args)
    {
        var (exitCode, error) = Refuse(args);

        Assert.Equal(64, exitCode);
        Assert.Equal($"schwab-tokens: {expected} (usage: schwab-tokens [--config PATH] [--verbose])", error.TrimEnd('\n'));
    }

    [Fact]
    public void ForHost_Verbose_BecomesASettingThatSwallowsNothing()
    {
        Assert.Equal(["--verbose=true", "--config", "x.json"], DaemonArguments.ForHost(["--verbose", "--config", "x.json"]));
    }
}
