using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;
using Schwab.Daemons.Transactions;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Transactions;

/// <summary>
/// A real simulator on 127.0.0.1 and a real SQLite file sharing one fake clock with a container composed as
/// <c>schwab-transactions</c> composes it; the stored token is one the simulator accepts for the whole test.
/// </summary>
internal sealed class TransactionsHarness : IAsyncDisposable
{
    public const string Api = "MAIN_DATA";
    private readonly TempDirectory _dir;

    private TransactionsHarness(TempDirectory dir, SchwabSimulator simulator, FakeTimeProvider clock, ServiceProvider services)
    {
        _dir = dir;
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

    public string DatabasePath => _dir.File("pipeline.db");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Starts at 10:00 ET on Monday 2 March 2026, or wherever <paramref name="clock"/> (which replaces the default) stands.</summary>
    public static async Task<TransactionsHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null)
    {
        FakeTimeProvider time = clock ?? new TimerAwareFakeTimeProvider();
        SchwabSimulator simulator = await SchwabSimulator.StartAsync(
            new SimulatorOptions { Port = 0, Seed = 7, Time = time, AccessTokenLifetime = TimeSpan.FromDays(3) });
        var dir = new TempDirectory();
        TokenKey.CreateKeyFile(dir.File("token.key"));
        await DaemonSetup.PrepareDatabaseAsync(dir.File("pipeline.db"), keyFile: null);
        ServiceProvider provider = DaemonContainer.Build(DaemonContainer.Configuration(simulator, dir, settings), time, services =>
        {
            services.AddSingleton<TransactionsCollector>();
            services.AddSingleton<TransactionsWorker>();
        });
        (string access, string refresh) = simulator.IssueTokens();
        await provider.GetRequiredService<TokenStore>().SaveAsync(
            TokenSet.FromLogin(Api, access, refresh, time.GetUtcNow(), TimeSpan.FromDays(3)), 0, CancellationToken.None);
        return new TransactionsHarness(dir, simulator, time, provider);
    }

    public TransactionsWorker Worker => Services.GetRequiredService<TransactionsWorker>();

    /// <summary>Runs the worker's ticks back to back, advancing the shared clock by each returned interval, until <paramref name="until"/>.</summary>
    public async Task RunUntilAsync(DateTimeOffset until)
    {
        while (Time.GetUtcNow() < until)
        {
            TimeSpan interval = await Worker.RunOnceAsync(CancellationToken.None);
            Time.Advance(interval);
        }
    }

    public async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        return [.. await connection.QueryAsync<T>(sql)];
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
        _dir.Dispose();
    }
}
