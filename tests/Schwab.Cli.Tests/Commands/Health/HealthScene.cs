using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Domain;
using Schwab.Core.Security;
using Schwab.Testing;

namespace Schwab.Cli.Tests.Commands.Health;

/// <summary>
/// A migrated SQLite file with known content for <c>schwabctl health</c>, on a fake clock: <see cref="FillFreshAsync"/> lays
/// what a healthy pipeline leaves at <see cref="Now"/>; single setters then make one thing stale. Systemd checks are off
/// (<c>Health:Systemd</c> false) so the host's systemd, or its absence, does not change the result.
/// </summary>
internal sealed class HealthScene : IAsyncDisposable
{
    /// <summary>Wednesday 2 December 2026, 10:00 ET: inside the regular session (14:30–21:00 UTC).</summary>
    public static readonly DateTimeOffset InSession = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The same Wednesday, 18:00 ET: after the close.</summary>
    public static readonly DateTimeOffset AfterClose = new(2026, 12, 2, 23, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private HealthScene(TempDirectory dir, string database, string config, ServiceProvider provider, FakeTimeProvider time)
    {
        Dir = dir;
        Database = database;
        Config = config;
        _provider = provider;
        Time = time;
    }

    public TempDirectory Dir { get; }

    public string Database { get; }

    public string Config { get; }

    public FakeTimeProvider Time { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <param name="now">The fake clock's start.</param>
    /// <param name="healthSettings">More members of the <c>Health</c> section, e.g. <c>"QuotesWarning": "00:00:10"</c>.</param>
    /// <param name="extraSections">More sections of the settings root.</param>
    public static async Task<HealthScene> CreateAsync(DateTimeOffset now, string? healthSettings = null, string? extraSections = null)
    {
        var dir = new TempDirectory();
        string key = dir.File("token.key");
        TokenKey.CreateKeyFile(key);
        string database = dir.File("pipeline.db");
        await DaemonSetup.PrepareDatabaseAsync(database, keyFile: null);
        string health = $$""" "Health": { "Systemd": false {{(healthSettings is null ? "" : "," + healthSettings)}} } """ + (extraSections is null ? "" : "," + extraSections);
        string config = dir.Write("schwab.json", DaemonSetup.Settings(database, key, extraSections: health));
        var time = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddJsonFile(config).Build());
        services.AddSingleton<TimeProvider>(time);
        services.AddSchwabData();
        return new HealthScene(dir, database, config, services.BuildServiceProvider(), time);
    }

    /// <summary>Runs <c>schwabctl health ARGS --config …</c> in-process at <see cref="Now"/>.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        CliTime.Provider = Time;
        return await CliRunner.RunAsync(["health", .. args, "--config", Config]);
    }

    /// <summary>Every daemon alive (heartbeat 20 s ago), every dataset as fresh as a healthy pipeline keeps it, tokens good for days.</summary>
    public async Task FillFreshAsync()
    {
        foreach (string service in new[] { "schwab-tokens", "schwab-markethours", "schwab-balances", "schwab-chains", "schwab-ohlc", "schwab-transactions", "schwab-stream" })
        {
            await HeartbeatAsync(service, Now.AddSeconds(-20));
        }

        DateOnly today = DateOnly.FromDateTime(Now.UtcDateTime);
        for (int i = -7; i <= 7; i++)
        {
            await MarketDayAsync(today.AddDays(i));
        }

        await QuoteAsync(Now.AddSeconds(-5));
        await ChainAsync(Now.AddSeconds(-30));
        await CandleAsync("HISTORIC_MINUTE", "$SPX", Now.AddHours(-18));
        await CandleAsync("HISTORIC_MINUTE", "$VIX", Now.AddHours(-18));
        await CandleAsync("HISTORIC_DAY", "$SPX", Now.AddDays(-1));
        await CandleAsync("HISTORIC_DAY", "$VIX", Now.AddDays(-1));
        await BalancesAsync(Now.AddMinutes(-5));
        await TokensAsync("MAIN_DATA", refreshLeft: TimeSpan.FromDays(5));
    }

    public Task HeartbeatAsync(
        string service, DateTimeOffset at, DateTimeOffset? lastSuccess = null, DateTimeOffset? lastErrorAt = null, string? lastError = null, string status = "working") =>
        _provider.GetRequiredService<ServiceStatusStore>().UpsertAsync(
            new ServiceStatus
            {
                Service = service,
                Host = "testhost",
                Pid = 4242,
                StartedAt = Now.AddDays(-3),
                LastHeartbeatAt = at,
                LastSuccessAt = lastSuccess ?? at,
                LastErrorAt = lastErrorAt,
                LastError = lastError,
                Status = status,
            },
            CancellationToken.None);

    /// <summary>Stores the equity calendar of <paramref name="date"/>: weekdays open 09:30–16:00 ET, weekends closed.</summary>
    public Task MarketDayAsync(DateOnly date)
    {
        bool open = date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        MarketSession[] sessions = open
            ? [new MarketSession { Kind = MarketSessionKind.Regular, Start = Core.Time.MarketClock.AtExchangeTime(date, new(9, 30)), End = Core.Time.MarketClock.AtExchangeTime(date, new(16, 0)) }]
            : [];
        return _provider.GetRequiredService<MarketHoursStore>().UpsertAsync(
            [new MarketHours { Date = date, Market = "equity", Product = "EQ", ProductName = "equity", IsOpen = open, Sessions = sessions }], CancellationToken.None);
    }

    public Task DeleteMarketDayAsync(DateOnly date) =>
        ExecuteAsync("DELETE FROM SCHWAB_MARKET_HOURS WHERE market_date = @p0", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public Task QuoteAsync(DateTimeOffset at) =>
        ExecuteAsync("INSERT INTO streaming_data (timestamp, sequence, service, symbol) VALUES (@p0, 1, 'LEVELONE_EQUITIES', '$SPX')", SqliteText.FromInstant(at));

    public Task ChainAsync(DateTimeOffset at) =>
        ExecuteAsync(
            "INSERT INTO SPX_CHAIN (collected_at, collection_frequency, underlying, symbol, put_call, expiration, strike) VALUES (@p0, '1min', '$SPX', 'SPXW  261202C06000000', 'CALL', '2026-12-02', '6000')",
            SqliteText.FromInstant(at));

    public Task CandleAsync(string table, string symbol, DateTimeOffset at) =>
        ExecuteAsync($"INSERT INTO {table} (symbol, time, open, high, low, close, volume) VALUES (@p0, @p1, '1', '1', '1', '1', 1)", symbol, SqliteText.FromInstant(at));

    public Task BalancesAsync(DateTimeOffset at) =>
        ExecuteAsync("INSERT INTO SCHWAB_BALANCES (collected_at, account_hash) VALUES (@p0, 'HASH1')", SqliteText.FromInstant(at));

    public Task ClearAsync(string table) => ExecuteAsync($"DELETE FROM {table}");

    public Task DeleteHeartbeatAsync(string service) => ExecuteAsync("DELETE FROM SCHWAB_SERVICE_STATUS WHERE service = @p0", service);

    /// <summary>Stores tokens for <paramref name="apiName"/> whose refresh token has <paramref name="refreshLeft"/> left (access: 20 minutes).</summary>
    public async Task TokensAsync(string apiName, TimeSpan refreshLeft, TimeSpan? accessLeft = null)
    {
        TokenStore store = _provider.GetRequiredService<TokenStore>();
        TokenSet? existing = await store.GetAsync(apiName, CancellationToken.None);
        DateTimeOffset expires = Now + refreshLeft;
        var tokens = new TokenSet(apiName, "access-secret-value", "refresh-secret-value", Now + (accessLeft ?? TimeSpan.FromMinutes(20)), expires - TokenSet.RefreshTokenLifetime, expires, Now, existing?.Version ?? 0);
        await store.SaveAsync(tokens, existing?.Version ?? 0, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Dir.Dispose();
    }

    private async Task ExecuteAsync(string sql, params object[] args)
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        for (int i = 0; i < args.Length; i++)
        {
            command.Parameters.AddWithValue($"@p{i}", args[i]);
        }

        await command.ExecuteNonQueryAsync();
    }
}
