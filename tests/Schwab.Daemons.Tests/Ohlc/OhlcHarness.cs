using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Core.Data;
using Schwab.Core.Data.Candles;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Domain;
using Schwab.Core.Time;
using Schwab.Daemons.Ohlc;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Ohlc;

/// <summary>
/// The simulator on 127.0.0.1 and a migrated SQLite file on one fake clock, with the daemon's container (settings, data, API,
/// status, watchdog, <see cref="OhlcWorker"/>), a stored login and <c>MARKET_HOURS</c> filled from the simulator's calendar.
/// </summary>
internal sealed class OhlcHarness : IAsyncDisposable
{
    public const string Api = "MAIN_DATA";
    private readonly TempDirectory _dir = new();

    private OhlcHarness(SchwabSimulator simulator, FakeTimeProvider clock)
    {
        Simulator = simulator;
        Clock = clock;
    }

    public SchwabSimulator Simulator { get; }

    /// <summary>The one clock of the simulator and the daemon.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The clock, when the harness was started without one of the caller's.</summary>
    public TimerAwareFakeTimeProvider Time => (TimerAwareFakeTimeProvider)Clock;

    public ServiceProvider Services { get; private set; } = null!;

    public string DatabasePath => _dir.File("pipeline.db");

    /// <summary>
    /// Starts at <paramref name="calendarFrom"/> 08:00 ET, stores the calendar from 7 days before it to 21 days after, and logs in;
    /// <paramref name="clock"/> (not past that instant) replaces the default <see cref="TimerAwareFakeTimeProvider"/>.
    /// </summary>
    public static async Task<OhlcHarness> StartAsync(DateOnly calendarFrom, FakeTimeProvider? clock = null)
    {
        FakeTimeProvider time = clock ?? new TimerAwareFakeTimeProvider();
        time.SetUtcNow(MarketClock.AtExchangeTime(calendarFrom, new TimeOnly(8, 0)));
        SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions
        {
            Port = 0, Seed = 11, Time = time, AccessTokenLifetime = TimeSpan.FromDays(90), RefreshTokenLifetime = TimeSpan.FromDays(90),
        });
        var harness = new OhlcHarness(simulator, time);
        string key = harness._dir.File("token.key");
        Schwab.Core.Security.TokenKey.CreateKeyFile(key);
        await DaemonSetup.PrepareDatabaseAsync(harness.DatabasePath, keyFile: null);
        harness.Services = harness.Container();
        using (IServiceScope scope = harness.Services.CreateScope())
        {
            OAuthTokens tokens = await scope.ServiceProvider.GetRequiredService<OAuthClient>().ExchangeCodeAsync(Api, simulator.IssueAuthorizationCode());
            await scope.ServiceProvider.GetRequiredService<TokenRefresher>().StoreLoginAsync(Api, tokens, CancellationToken.None);
            SchwabClient client = scope.ServiceProvider.GetRequiredService<SchwabClient>();
            MarketHoursStore hours = harness.Services.GetRequiredService<MarketHoursStore>();
            for (DateOnly date = calendarFrom.AddDays(-7); date <= calendarFrom.AddDays(21); date = date.AddDays(1))
            {
                await hours.UpsertAsync(await client.MarketData.GetMarketHoursAsync(["equity"], date), CancellationToken.None);
            }
        }

        return harness;
    }

    public OhlcWorker Worker => Services.GetRequiredService<OhlcWorker>();

    public CandleStore Store => Services.GetRequiredService<CandleStore>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Moves the shared clock to <paramref name="time"/> ET on <paramref name="date"/>.</summary>
    public void At(DateOnly date, TimeOnly time) => Clock.SetUtcNow(MarketClock.AtExchangeTime(date, time));

    public async Task<IReadOnlyList<Candle>> StoredAsync(CandleTable table, string symbol) =>
        await Store.GetAsync(table, symbol, DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1), CancellationToken.None);

    /// <summary>Runs SQL against the SQLite file (to punch holes).</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    private ServiceProvider Container()
    {
        IConfiguration configuration = DaemonContainer.Configuration(Simulator, _dir, new Dictionary<string, string?>
        {
            // Retries would wait on the fake clock; the daemon's own retry is the next run.
            ["Schwab:Resilience:MaxRetryAttempts"] = "0",
        });
        return DaemonContainer.Build(configuration, Clock, services => services.AddSingleton<OhlcWorker>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
        _dir.Dispose();
    }
}
