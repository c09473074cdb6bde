using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Api;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Hosting;
using Schwab.Core.Security;
using Schwab.Daemons.Stream;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>
/// The simulator on 127.0.0.1 and a real SQLite file sharing one fake clock with the daemon's services, composed the
/// real way; <see cref="StepAsync"/> advances the clock one simulator tick and awaits the tick and its delivery.
/// </summary>
internal sealed class StreamHarness : IAsyncDisposable
{
    public const string Api = "MAIN_DATA";
    private readonly TempDirectory _dir = new();
    private readonly List<ServiceProvider> _containers = [];

    private StreamHarness(SchwabSimulator simulator, TimerAwareFakeTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
    }

    public SchwabSimulator Simulator { get; }

    public TimerAwareFakeTimeProvider Time { get; }

    public string DatabasePath => _dir.File("pipeline.db");

    public string SpillDirectory => _dir.File("spill");

    public ServiceProvider Services { get; private set; } = null!;

    public StreamWorker Worker => Services.GetRequiredService<StreamWorker>();

    public StreamRowWriter Writer => Services.GetRequiredService<StreamRowWriter>();

    public StreamerClient Client => Services.GetRequiredService<StreamerClient>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public SwitchableConnectionFactory Database { get; private set; } = null!;

    public RecordingCredentials Credentials { get; private set; } = null!;

    /// <summary>Starts the simulator at <paramref name="startAt"/> (UTC, default Monday 2026-03-02 10:00 ET, in session) with a stored token it accepts.</summary>
    public static async Task<StreamHarness> StartAsync(DateTimeOffset? startAt = null, Action<SimulatorOptions>? configure = null)
    {
        var time = new TimerAwareFakeTimeProvider();
        if (startAt is { } at)
        {
            time.SetUtcNow(at);
        }

        var options = new SimulatorOptions { Port = 0, Seed = 7, Time = time, AccessTokenLifetime = TimeSpan.FromDays(2) };
        configure?.Invoke(options);
        var harness = new StreamHarness(await SchwabSimulator.StartAsync(options), time);
        TokenKey.CreateKeyFile(harness._dir.File("token.key"));
        await DaemonSetup.PrepareDatabaseAsync(harness.DatabasePath, keyFile: null);
        return harness;
    }

    /// <summary>Builds the daemon's services (a new container: a restart) with <paramref name="settings"/> on top of the defaults.</summary>
    public async Task<ServiceProvider> ComposeAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={DatabasePath}",
                ["Security:KeyFile"] = _dir.File("token.key"),
                [$"Schwab:Apps:{Api}:ClientId"] = Simulator.Options.ClientId,
                [$"Schwab:Apps:{Api}:ClientSecret"] = Simulator.Options.ClientSecret,
                [$"Schwab:Apps:{Api}:RedirectUri"] = Simulator.Options.RedirectUri,
                [$"Schwab:Apps:{Api}:BaseUrl"] = Simulator.BaseUrl.ToString(),
                ["Schwab:DataApp"] = Api,
                ["Schwab:TradeApp"] = Api,
                ["Stream:SpillDirectory"] = SpillDirectory,
                ["Stream:Range"] = "20",
                ["Stream:BatchWindow"] = "00:00:00.100",
                ["Streamer:AckTimeout"] = "00:30:00",
                ["Streamer:LoginTimeout"] = "00:30:00",
                ["Streamer:HeartbeatTimeout"] = "01:00:00",
                ["Streamer:BackoffBase"] = "00:00:01",
                ["Streamer:BackoffMax"] = "00:00:04",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddFakeLogging();
        services.AddSchwabSettings();
        services.AddSchwabData();
        services.AddSchwabApi();
        ServiceDescriptor inner = services.Single(d => d.ServiceType == typeof(IDbConnectionFactory));
        services.Remove(inner);
        services.AddSingleton<IDbConnectionFactory>(sp => Database = new SwitchableConnectionFactory((IDbConnectionFactory)inner.ImplementationFactory!(sp)));
        services.AddSingleton<ISystemdNotifier>(new RecordingNotifier());
        services.AddSingleton<DaemonStatus>();
        services.AddSingleton<WorkLoopWatchdog>();
        services.AddSingleton<StoredStreamerCredentialsSource>();
        services.AddSingleton<IStreamerCredentialsSource>(sp => Credentials = new RecordingCredentials(sp.GetRequiredService<StoredStreamerCredentialsSource>()));
        services.AddStreamServices();
        ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _containers.Add(provider);
        Services = provider;
        _ = provider.GetRequiredService<IDbConnectionFactory>();
        _ = provider.GetRequiredService<IStreamerCredentialsSource>();
        TokenStore store = provider.GetRequiredService<TokenStore>();
        TokenSet? existing = await store.GetAsync(Api, CancellationToken.None);
        if (existing is null)
        {
            (string access, string refresh) = Simulator.IssueTokens();
            await store.SaveAsync(TokenSet.FromLogin(Api, access, refresh, Time.GetUtcNow(), TimeSpan.FromDays(2)), 0, CancellationToken.None);
        }

        return provider;
    }

    /// <summary>
    /// Starts the worker from the thread pool, so its continuations do not capture the test framework's
    /// synchronization context (two threads, which the daemon's loops could starve).
    /// </summary>
    public Task StartWorkerAsync() => Task.Run(() => Worker.StartAsync(CancellationToken.None));

    /// <summary>What the host does on SIGTERM: cancel and wait for the flush.</summary>
    public Task StopWorkerAsync() => Task.Run(() => Worker.StopAsync(CancellationToken.None)).WaitAsync(TestTimeouts.Guard);

    /// <summary>Advances one simulator tick and waits until the tick ran and everything it sent was received.</summary>
    public async Task StepAsync()
    {
        var ticked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnTick(object? sender, EventArgs e) => ticked.TrySetResult();
        Simulator.StreamTicked += OnTick;
        try
        {
            bool open = Simulator.OpenStreamSessions > 0;
            Time.Advance(Simulator.Options.StreamTickInterval);
            if (open)
            {
                await ticked.Task.WaitAsync(TestTimeouts.Guard);
            }
            else
            {
                // Connecting (real HTTP and WebSocket work, no fake time needed): wait for the connection to open; a
                // client backing off needs fake time instead, so after a short bound the clock moves on.
                await Waits.UntilAsync(() => Simulator.OpenStreamSessions > 0, this, TimeSpan.FromMilliseconds(200), throwOnTimeout: false);
            }
        }
        finally
        {
            Simulator.StreamTicked -= OnTick;
        }

        await Waits.UntilAsync(() => Writer.Received >= Simulator.Record.StreamUpdates.Count, this, TestTimeouts.Guard);
    }

    /// <summary>Steps until <paramref name="condition"/> holds (at most <paramref name="maxSteps"/>).</summary>
    public async Task StepUntilAsync(Func<bool> condition, int maxSteps = 2000)
    {
        for (int i = 0; i < maxSteps && !condition(); i++)
        {
            await StepAsync();
        }

        Assert.True(condition(), $"condition not reached after {maxSteps} ticks; last log lines:\n{Tail()}");
    }

    /// <summary>Steps through <paramref name="span"/> of simulated time.</summary>
    public async Task RunForAsync(TimeSpan span)
    {
        DateTimeOffset end = Time.GetUtcNow() + span;
        while (Time.GetUtcNow() < end)
        {
            await StepAsync();
        }
    }

    /// <summary>The daemon's last log lines, for failure messages.</summary>
    public string Tail(int lines = 25) =>
        string.Join('\n', Logs.GetSnapshot().TakeLast(lines).Select(r => $"{r.Timestamp:HH:mm:ss.fff} {r.Level} {r.Id.Id} {r.Message}"));

    public int Logins => Simulator.Record.StreamCommands.Count(c => c.Command == "LOGIN");

    public async ValueTask DisposeAsync()
    {
        foreach (ServiceProvider container in _containers)
        {
            await container.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        _dir.Dispose();
    }
}
