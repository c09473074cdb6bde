using Schwab.Simulator;

namespace Schwab.Testing;

/// <summary>The settings that point the product at a simulator: a SQLite file, a key file, and MAIN_DATA as both the data and the trade app.</summary>
public static class SimulatorSettings
{
    /// <summary>The settings as configuration keys; add a test's own keys to the returned dictionary.</summary>
    public static Dictionary<string, string?> For(SchwabSimulator simulator, string databasePath, string keyFile)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={databasePath}",
            ["Security:KeyFile"] = keyFile,
            ["Schwab:Apps:MAIN_DATA:ClientId"] = simulator.Options.ClientId,
            ["Schwab:Apps:MAIN_DATA:ClientSecret"] = simulator.Options.ClientSecret,
            ["Schwab:Apps:MAIN_DATA:RedirectUri"] = simulator.Options.RedirectUri,
            ["Schwab:Apps:MAIN_DATA:BaseUrl"] = simulator.BaseUrl.ToString(),
            ["Schwab:DataApp"] = "MAIN_DATA",
            ["Schwab:TradeApp"] = "MAIN_DATA",
        };
    }
}
