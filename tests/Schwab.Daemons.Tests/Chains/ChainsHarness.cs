using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Domain;
using Schwab.Core.Security;
using Schwab.Daemons.Chains;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

/// <summary>
/// The simulator on 127.0.0.1 and a SQLite file, sharing one fake clock with a container composed like
/// <c>schwab-chains</c> (settings, data, API, status, watchdog, the worker) and a log collector.
/// </summary>
internal sealed class ChainsHarness : IAsyncDisposable
{
    public const string Api = "MAIN_DATA";
    private readonly TempDirectory _dir;
    private readonly bool _ownsDir;

    private ChainsHarness(TempDirectory dir, bool ownsDir, SchwabSimulator simulator, FakeTimeProvider clock, ServiceProvider services)
    {
        _dir = dir;
        _ownsDir = ownsDir;
        Simulator = simulator;
        Clock = clock;
        Services = services;
    }

    public SchwabSimulator Simulator { get; }

    /// <summary>The one clock of the simulator and the daemon.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The clock, when the harness was started without one of the caller's.</summary>
    public TimerAwareFakeTimeProvider Time => (TimerAwareFakeTimeProvider)Clock;

    public ServiceProvider Services { get; }

    public ChainsWorker Worker => Services.GetRequiredService<ChainsWorker>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public string DatabasePath => _dir.File("pipeline.db");

    /// <summary>
    /// Starts at <paramref name="start"/>; <paramref name="dir"/> (owned by the caller) shares a database between harnesses;
    /// <paramref name="clock"/> replaces the default <see cref="TimerAwareFakeTimeProvider"/>.
    /// </summary>
    public static async Task<ChainsHarness> StartAsync(
        DateTimeOffset start, IReadOnlyDictionary<string, string?>? settings = null, TempDirectory? dir = null, FakeTimeProvider? clock = null)
    {
        FakeTimeProvider time = clock ?? new TimerAwareFakeTimeProvider();
        time.SetUtcNow(start);
        SchwabSimulator simulator = await SchwabSimulator.StartAsync(
            new SimulatorOptions { Time = time, Seed = 7, AccessTokenLifetime = TimeSpan.FromDays(30), RefreshTokenLifetime = TimeSpan.FromDays(30) });
        TempDirectory folder = dir ?? new TempDirectory();
        if (!File.Exists(folder.File("token.key")))
        {
            TokenKey.CreateKeyFile(folder.File("token.key"));
        }

        await DaemonSetup.PrepareDatabaseAsync(folder.File("pipeline.db"), keyFile: null);
        ServiceProvider services = DaemonContainer.Build(
            DaemonContainer.Configuration(simulator, folder, settings), time, daemon => daemon.AddChainsWorker());
        (string access, string refresh) = simulator.IssueTokens();
        TokenStore tokens = services.GetRequiredService<TokenStore>();
        TokenSet? existing = await tokens.GetAsync(Api, CancellationToken.None);
        TokenSet fresh = TokenSet.FromLogin(Api, access, refresh, time.GetUtcNow(), TimeSpan.FromDays(30));
        await tokens.SaveAsync(fresh with { Version = existing?.Version ?? 0 }, existing?.Version ?? 0, CancellationToken.None);
        return new ChainsHarness(folder, dir is null, simulator, time, services);
    }

    /// <summary>What <c>schwab-markethours</c> does: fetch equity and option hours for each date from the simulator and store them.</summary>
    public async Task StoreCalendarAsync(params DateOnly[] dates)
    {
        using IServiceScope scope = Services.CreateScope();
        SchwabClient client = scope.ServiceProvider.GetRequiredService<SchwabClient>();
        MarketHoursStore store = Services.GetRequiredService<MarketHoursStore>();
        foreach (DateOnly date in dates)
        {
            IReadOnlyList<Schwab.Core.Domain.MarketHours> hours = await client.MarketData.GetMarketHoursAsync(["equity", "option"], date);
            await store.UpsertAsync(hours, CancellationToken.None);
        }
    }

    /// <summary>Runs the worker once per minute from <paramref name="start"/> to <paramref name="end"/> (inclusive).</summary>
    public Task<int> RunMinutesAsync(DateTimeOffset start, DateTimeOffset end) =>
        SimulatedDay.RunAsync(Clock, start, end, TimeSpan.FromMinutes(1), _ => Worker.RunOnceAsync(CancellationToken.None));

    /// <summary>Every stored row's (collected_at, collection_frequency, symbol).</summary>
    public async Task<IReadOnlyList<(DateTimeOffset CollectedAt, string Frequency, string Symbol)>> RowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT collected_at, collection_frequency, symbol FROM SPX_CHAIN";
        var rows = new List<(DateTimeOffset, string, string)>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((SqliteText.ToInstant(reader.GetString(0)), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>The distinct snapshot minutes stored for <paramref name="frequency"/>.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> SnapshotsAsync(string frequency) =>
        [.. (await RowsAsync()).Where(r => r.Frequency == frequency).Select(r => r.CollectedAt).Distinct().Order()];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDir)
        {
            _dir.Dispose();
        }
    }
}
