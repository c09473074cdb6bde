using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Schwab.Core.Api.Auth;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;
using Schwab.Core.Time;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.MarketHours;

/// <summary>
/// A real simulator on 127.0.0.1 and a real migrated SQLite file on ONE fake clock, with the collector daemons' services
/// composed the real way (settings, data, API) and every log line captured; MAIN_DATA logged in through OAuth.
/// </summary>
internal sealed class CollectorHarness : IAsyncDisposable
{
    public const string Api = "MAIN_DATA";
    private readonly TempDirectory _dir;

    private CollectorHarness(SchwabSimulator simulator, FakeTimeProvider clock, ServiceProvider services, TempDirectory dir)
    {
        _dir = dir;
        Simulator = simulator;
        Clock = clock;
        Services = services;
    }

    public SchwabSimulator Simulator { get; }

    /// <summary>The one clock of the simulator and the daemons.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The clock, when the harness was started without one of the caller's.</summary>
    public TimerAwareFakeTimeProvider Time => (TimerAwareFakeTimeProvider)Clock;

    public ServiceProvider Services { get; }

    public string DatabasePath => _dir.File("pipeline.db");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>
    /// Starts at <paramref name="startExchangeTime"/> (New York) with the given daemon registrations; <paramref name="clock"/>
    /// (not past that instant) replaces the default <see cref="TimerAwareFakeTimeProvider"/>.
    /// </summary>
    public static async Task<CollectorHarness> StartAsync(
        DateTime startExchangeTime, Action<IServiceCollection> daemons, IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null)
    {
        FakeTimeProvider time = clock ?? new TimerAwareFakeTimeProvider();
        time.SetUtcNow(MarketClock.AtExchangeTime(DateOnly.FromDateTime(startExchangeTime), TimeOnly.FromDateTime(startExchangeTime)));
        var options = new SimulatorOptions { Time = time, Seed = 5, AccessTokenLifetime = TimeSpan.FromDays(20), RefreshTokenLifetime = TimeSpan.FromDays(25) };
        SchwabSimulator simulator = await SchwabSimulator.StartAsync(options);
        var dir = new TempDirectory();
        TokenKey.CreateKeyFile(dir.File("token.key"));
        await DaemonSetup.PrepareDatabaseAsync(dir.File("pipeline.db"), keyFile: null);
        ServiceProvider provider = DaemonContainer.Build(DaemonContainer.Configuration(simulator, dir, settings), time, daemons);
        var harness = new CollectorHarness(simulator, time, provider, dir);
        await harness.LoginAsync();
        return harness;
    }

    /// <summary>Every value of every TEXT column of every table in the SQLite file.</summary>
    public async Task<IReadOnlyList<(string Table, string Column, string Value)>> AllTextAsync()
    {
        var values = new List<(string, string, string)>();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (SqliteCommand list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using SqliteDataReader reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (string table in tables)
        {
            await using SqliteCommand select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using SqliteDataReader rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (int i = 0; i < rows.FieldCount; i++)
                {
                    if (!rows.IsDBNull(i) && rows.GetValue(i) is string text)
                    {
                        values.Add((table, rows.GetName(i), text));
                    }
                    else if (!rows.IsDBNull(i) && rows.GetValue(i) is byte[] blob)
                    {
                        values.Add((table, rows.GetName(i), System.Text.Encoding.UTF8.GetString(blob)));
                    }
                }
            }
        }

        return values;
    }

    /// <summary>Runs one SQL query returning a single text column, for assertions.</summary>
    public async Task<IReadOnlyList<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync())
        {
            result.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private async Task LoginAsync()
    {
        using IServiceScope scope = Services.CreateScope();
        OAuthTokens tokens = await scope.ServiceProvider.GetRequiredService<OAuthClient>()
            .ExchangeCodeAsync(Api, Simulator.IssueAuthorizationCode(), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<TokenRefresher>().StoreLoginAsync(Api, tokens, CancellationToken.None);
    }
}
