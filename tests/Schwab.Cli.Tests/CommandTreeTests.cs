using System.CommandLine;

namespace Schwab.Cli.Tests;

public sealed class CommandTreeTests
{
    private static IEnumerable<Command> All(Command command) => command.Subcommands.SelectMany(All).Prepend(command);

    [Fact]
    public void BuildRoot_EveryCommand_HasADescriptionAndAUniqueNameAmongSiblings()
    {
        RootCommand root = SchwabCtl.BuildRoot();

        foreach (Command command in All(root))
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), $"'{command.Name}' has no description");
            Assert.Equal(command.Subcommands.Count, command.Subcommands.Select(c => c.Name).Distinct().Count());
        }
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ExitsWithUsageCode()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("chek");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Empty(output);
        Assert.Contains("chek", error, StringComparison.Ordinal);
    }
}
