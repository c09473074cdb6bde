using Schwab.Cli.Commands.Demo;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Cli.Tests.Commands.Demo;

public sealed class DemoSetupTests
{
    [Fact]
    public async Task PrepareAsync_EarlierRunLeftADatabase_RemovesItAndNamesIt()
    {
        await using SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { Port = 0, Seed = 7 });
        using var dir = new TempDirectory();
        var setup = new DemoSetup(dir.Path);

        string? first = await setup.PrepareAsync(simulator, CancellationToken.None);
        File.WriteAllText(setup.DatabasePath, "an earlier run's rows");
        string? second = await setup.PrepareAsync(simulator, CancellationToken.None);

        Assert.Null(first);
        Assert.Equal(setup.DatabasePath, second);
        Assert.False(File.Exists(setup.DatabasePath));
        Assert.True(File.Exists(setup.SettingsPath));
    }
}
