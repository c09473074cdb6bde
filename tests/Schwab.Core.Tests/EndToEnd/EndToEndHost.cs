using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration;
using Schwab.Core.Data;
using Schwab.Core.Security;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Core.Tests.EndToEnd;

/// <summary>
/// A simulator on 127.0.0.1 and the product's own registrations (data, REST client, streamer) pointed at it, with a
/// logged-in MAIN_DATA app in a real SQLite file — what a daemon has, minus the host.
/// </summary>
internal sealed class EndToEndHost : IAsyncDisposable
{
    private readonly TempDirectory _dir;

    private EndToEndHost(SchwabSimulator simulator, TempDirectory dir, ServiceProvider services)
    {
        Simulator = simulator;
        _dir = dir;
        Services = services;
    }

    public SchwabSimulator Simulator { get; }

    public ServiceProvider Services { get; }

    public static async Task<EndToEndHost> StartAsync(TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions
        {
            Port = 0,
            Seed = 11,
            Time = time ?? TimeProvider.System,
            DemoCalendar = time is null,
            StreamTickInterval = TimeSpan.FromMilliseconds(50),
        });
        var dir = new TempDirectory();
        string key = dir.File("token.key");
        TokenKey.CreateKeyFile(key);
        string database = dir.File("pipeline.db");
        await DaemonSetup.PrepareDatabaseAsync(database, keyFile: null);
        await SimulatorLogin.LoginAsync(simulator, database, key);

        var values = SimulatorSettings.For(simulator, database, key);
        foreach ((string k, string? v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddLogging();
        services.AddSchwabSettings();
        services.AddSchwabData();
        services.AddSchwabApi();
        services.AddSchwabStreaming();
        return new EndToEndHost(simulator, dir, services.BuildServiceProvider());
    }

    /// <summary>A REST client for one test step (typed HttpClients live in a scope).</summary>
    public static SchwabClient Client(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SchwabClient>();

    public StreamerClient Streamer => Services.GetRequiredService<StreamerClient>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
        _dir.Dispose();
    }
}
