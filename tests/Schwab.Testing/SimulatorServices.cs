using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Simulator;

namespace Schwab.Testing;

/// <summary>The product's data and API services pointed at a simulator and a SQLite file (what a one-off schwabctl run builds).</summary>
public static class SimulatorServices
{
    /// <summary>Builds the container; dispose it when done.</summary>
    public static ServiceProvider Build(SchwabSimulator simulator, string databasePath, string keyFile)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(SimulatorSettings.For(simulator, databasePath, keyFile))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton(simulator.Options.Time);
        services.AddSchwabData();
        services.AddSchwabApi();
        return services.BuildServiceProvider();
    }
}
