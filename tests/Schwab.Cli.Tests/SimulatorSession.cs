using System.Net;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Cli.Tests;

/// <summary>A simulator on 127.0.0.1 and a settings file whose MAIN_DATA app points at it (migrated database, key, no tokens yet).</summary>
internal sealed class SimulatorSession : IAsyncDisposable
{
    private SimulatorSession(SchwabSimulator simulator, TempDirectory dir, string config)
    {
        Simulator = simulator;
        Dir = dir;
        Config = config;
    }

    public SchwabSimulator Simulator { get; }

    public TempDirectory Dir { get; }

    public string Config { get; }

    public static async Task<SimulatorSession> StartAsync()
    {
        SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { Port = 0, Seed = 7 });
        var dir = new TempDirectory();
        string key = dir.File("token.key");
        Schwab.Core.Security.TokenKey.CreateKeyFile(key);
        string database = dir.File("pipeline.db");
        await DaemonSetup.PrepareDatabaseAsync(database, keyFile: null);
        string settings = DaemonSetup.Settings(database, key, simulator.BaseUrl.AbsoluteUri.TrimEnd('/'))
            .Replace("\"test-client\"", $"\"{simulator.Options.ClientId}\"", StringComparison.Ordinal)
            .Replace("\"test-secret\"", $"\"{simulator.Options.ClientSecret}\"", StringComparison.Ordinal);
        return new SimulatorSession(simulator, dir, dir.Write("schwab.json", settings));
    }

    /// <summary>Plays the browser: follows the authorize URL to the simulator's redirect and returns the address it sends the user to.</summary>
    public static async Task<string> BrowserRedirectAsync(string authorizeUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using HttpResponseMessage response = await http.GetAsync(new Uri(authorizeUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        Dir.Dispose();
    }
}
