using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Data.Tokens;
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
    private readonly List<StreamWorker> _running = [];
    private int _servedBefore;

    private StreamHarness(SchwabSimulator simulator, TimerAwareFakeTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
    }

    public SchwabSimulator Simulator { get; }

    public TimerAwareFakeTimeProvider Time { get; }

    public string DatabasePath => _dir.File("pipeline.db");

    public string SpillDirectory => _dir.File("spill");

    /// <summary>The token key file the daemon's settings name.</summary>
    public string KeyFile => _dir.File("token.key");

    /// <summary>Makes the database unavailable for real until disposed (another connection's exclusive transaction).</summary>
    public ExclusiveDatabaseLock LockDatabase() => new(DatabasePath);

    public ServiceProvider Services { get; private set; } = null!;

    public StreamWorker Worker => Services.GetRequiredService<StreamWorker>();

    public StreamRowWriter Writer => Services.GetRequiredService<StreamRowWriter>();

    public StreamerClient Client => Services.GetRequiredService<StreamerClient>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

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
        IConfiguration configuration = DaemonContainer.Configuration(Simulator, _dir, new Dictionary<string, string?>
        {
            ["Database:BusyTimeout"] = "00:00:00.050", // a locked database (ExclusiveDatabaseLock) fails within a second
            ["Database:CommandTimeout"] = "00:00:01",
            ["Stream:SpillDirectory"] = SpillDirectory,
            ["Stream:Range"] = "20",
            ["Stream:BatchWindow"] = "00:00:00.100",
            ["Streamer:AckTimeout"] = "00:30:00",
            ["Streamer:LoginTimeout"] = "00:30:00",
            ["Streamer:HeartbeatTimeout"] = "01:00:00",
            ["Streamer:BackoffBase"] = "00:00:01",
            ["Streamer:BackoffMax"] = "00:00:04",
        }, settings);
        ServiceProvider provider = DaemonContainer.Build(
            configuration,
            Time,
            services =>
            {
                services.AddSingleton<StoredStreamerCredentialsSource>();
                services.AddSingleton<IStreamerCredentialsSource>(
                    sp => Credentials = new RecordingCredentials(sp.GetRequiredService<StoredStreamerCredentialsSource>()));
                services.AddStreamServices();
            },
            o => o.TimeProvider = Time); // log timestamps in fake time
        _containers.Add(provider);
        Services = provider;
        _servedBefore = Simulator.Record.StreamUpdates.Count; // what earlier containers (processes) received
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
    public Task StartWorkerAsync()
    {
        StreamWorker worker = Worker;
        _running.Add(worker);
        return Task.Run(() => worker.StartAsync(CancellationToken.None));
    }

    /// <summary>What the host does on SIGTERM: cancel and wait for the flush.</summary>
    public async Task StopWorkerAsync()
    {
        StreamWorker worker = Worker;
        _running.Remove(worker);
        await Task.Run(() => worker.StopAsync(CancellationToken.None)).WaitAsync(TestTimeouts.Guard);
    }

    /// <summary>
    /// Advances one simulator tick once the daemon has settled, and waits until the tick ran and the daemon settled again.
    /// </summary>
    /// <remarks>
    /// Settling is what makes the shared fake clock safe: time only moves while the daemon waits on it (streaming, backing
    /// off, idle), never while real socket or HTTP work is in flight. Without it the simulator's ticks, which answer an
    /// advance at once even while the client is still connecting, let a test race minutes of fake time past a LOGIN in
    /// progress, so the no-data watchdog and the timeouts fired on work that was merely slow on a busy machine.
    /// </remarks>
    public async Task StepAsync()
    {
        await Task.Yield(); // a step never completes synchronously: queued continuations of the daemon get their turn
        await SettleAsync();
        var ticked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnTick(object? sender, EventArgs e) => ticked.TrySetResult();
        Simulator.StreamTicked += OnTick;
        try
        {
            // A live (logged-in, not closing) connection ticks on every advance; a closing one may not tick again.
            bool live = Simulator.ActiveStreamSessions > 0;
            Time.Advance(Simulator.Options.StreamTickInterval);
            if (live && !await Waits.UntilAsync(() => ticked.Task.IsCompleted, this, TestTimeouts.Guard, throwOnTimeout: false))
            {
                Assert.Fail($"no simulator tick after the advance; {Describe(60)}");
            }
        }
        finally
        {
            Simulator.StreamTicked -= OnTick;
        }

        await SettleAsync();
    }

    /// <summary>
    /// Settled: the worker waits on the clock or the client (not reading the calendar, ending a session or moving the
    /// option window), no connect attempt or command is in flight, every update served so far was received, and the
    /// client is logged in exactly when the simulator holds a live connection (a connection ending, from either side,
    /// has been noticed by both).
    /// </summary>
    public bool Settled =>
        Worker.IsWaiting
        && !Worker.IsRecentring
        && !Client.IsBusy
        && Writer.Received >= Simulator.Record.StreamUpdates.Count - _servedBefore
        && Client.IsLoggedIn == (Simulator.ActiveStreamSessions - ForeignSessions > 0);

    /// <summary>Streamer connections the test itself holds (another program streaming with the same login).</summary>
    public int ForeignSessions { get; set; }

    /// <summary>The STATUS lines the daemon sent.</summary>
    public IReadOnlyList<string> States => ((RecordingNotifier)Services.GetRequiredService<ISystemdNotifier>()).States;

    /// <summary>Waits until <see cref="Settled"/>.</summary>
    public Task SettleAsync() => Waits.UntilAsync(() => Settled, this, TestTimeouts.Guard);

    /// <summary>Steps until <paramref name="condition"/> holds (at most <paramref name="maxSteps"/>).</summary>
    public async Task StepUntilAsync(Func<bool> condition, int maxSteps = 2000)
    {
        for (int i = 0; i < maxSteps && !condition(); i++)
        {
            await StepAsync();
        }

        Assert.True(condition(), $"condition not reached after {maxSteps} ticks; {Describe()}");
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

    /// <summary>The harness state, for failure messages: fake time, connections, counts and the last log lines.</summary>
    public string Describe(int lines = 25) =>
        $"fake time {Time.GetUtcNow():HH:mm:ss.fff}, worker waiting {Worker.IsWaiting}, recentring {Worker.IsRecentring}, client busy {Client.IsBusy}, open stream sessions {Simulator.OpenStreamSessions} (active {Simulator.ActiveStreamSessions}), logged in {Client.IsLoggedIn}, " +
        $"served {Simulator.Record.StreamUpdates.Count}, received {Writer.Received}, committed {Writer.Committed}, spilled {Writer.Spilled}; last log lines:\n{Tail(lines)}";

    /// <summary>The daemon's last log lines, for failure messages.</summary>
    public string Tail(int lines = 25) =>
        string.Join('\n', Logs.GetSnapshot().Where(r => r.Category?.StartsWith("Schwab", StringComparison.Ordinal) == true).TakeLast(lines).Select(r => $"{r.Timestamp:HH:mm:ss.fff} {r.Level} {r.Id.Id} {r.Message}"));

    public int Logins => Simulator.Record.StreamCommands.Count(c => c.Command == "LOGIN");

    public async ValueTask DisposeAsync()
    {
        // A worker still running (a test that failed half-way) is stopped first: disposing its container under it would
        // wait for the streamer's in-flight resilience executions on the fake clock, which nobody advances any more.
        foreach (StreamWorker worker in _running)
        {
            await Task.Run(() => worker.StopAsync(CancellationToken.None)).WaitAsync(TestTimeouts.Guard);
        }

        foreach (ServiceProvider container in _containers)
        {
            await container.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        _dir.Dispose();
    }
}
