using Dapper;
using Schwab.Core.Data;
using Schwab.Core.Data.Candles;
using Schwab.Core.Data.Streaming;
using Schwab.Core.Domain;

namespace Schwab.Testing.Data;

/// <summary>
/// A database with known content for Wednesday 2026-11-25 (EST: the fallback session is 14:30–21:00 UTC), written through
/// the real stores where they exist, plus rows just outside the day that must not be counted.
/// </summary>
internal static class KnownReportDay
{
    public static readonly DateOnly Day = new(2026, 11, 25);

    /// <summary>New York midnight starting the day.</summary>
    public static readonly DateTimeOffset DayStart = new(2026, 11, 25, 5, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset SessionStart = new(2026, 11, 25, 14, 30, 0, TimeSpan.Zero);

    public const int Quotes = 379;           // 390 session minutes less 13 silent ones, plus 2 pre-market
    public const int OneMinuteSnapshots = 388; // 390 less 15:10 and 15:11 UTC
    public const int OneMinuteContracts = 776; // 2 per snapshot
    public const int FiveMinuteSnapshots = 3;
    public const int FiveMinuteContracts = 12;
    public const int MinuteCandles = 385;    // $SPX less 20:00–20:05 UTC; $VIX only the day before
    public const int DayCandles = 1;
    public const int Orders = 2;
    public const int OrderVersions = 3;
    public const int Transactions = 1;
    public const int Balances = 2;
    public const int Positions = 3;

    public static DateTimeOffset Utc(int hour, int minute, int second = 0) => new(2026, 11, 25, hour, minute, second, TimeSpan.Zero);

    public static async Task SeedAsync(TestDatabase db)
    {
        IReadOnlyList<DateTimeOffset> session = [.. Enumerable.Range(0, 390).Select(m => SessionStart.AddMinutes(m))];
        await SeedQuotesAsync(db, session);
        await SeedChainsAsync(db, session);
        await SeedCandlesAsync(db, session);
        await SeedAccountRowsAsync(db);
    }

    private static async Task SeedQuotesAsync(TestDatabase db, IReadOnlyList<DateTimeOffset> session)
    {
        // Silent 14:50–15:00 (10 min, a gap) and 17:00–17:03 (3 min, under the 5-minute threshold).
        IEnumerable<DateTimeOffset> received = session
            .Where(m => !(m >= Utc(14, 50) && m < Utc(15, 0)) && !(m >= Utc(17, 0) && m < Utc(17, 3)))
            .Select(m => m.AddSeconds(17))
            .Concat([Utc(13, 0, 5), Utc(13, 5)])                 // pre-market, counted
            .Concat([DayStart.AddTicks(-1), DayStart.AddDays(1)]); // the day before and the next midnight, not counted
        var rows = received.Select((t, i) => new StreamingRow { Ordinal = i, Timestamp = t, Sequence = i, Service = "LEVELONE_EQUITIES", Symbol = "$SPX", Last = 6000m + i })
            .ToList();
        await new StreamingDataStore(db.Connections, db.Names).WriteAsync(rows, CancellationToken.None);
    }

    private static async Task SeedChainsAsync(TestDatabase db, IReadOnlyList<DateTimeOffset> session)
    {
        var store = new OptionChainStore(db.Connections, db.Names);
        foreach (DateTimeOffset minute in session.Where(m => m != Utc(15, 10) && m != Utc(15, 11)))
        {
            await store.StoreAsync(minute.AddSeconds(2), "1min", Contracts(2), CancellationToken.None);
        }

        foreach (DateTimeOffset at in new[] { Utc(14, 30), Utc(14, 35), Utc(14, 40) })
        {
            await store.StoreAsync(at, "5min", Contracts(4), CancellationToken.None);
        }

        await store.StoreAsync(DayStart.AddHours(-5), "1min", Contracts(2), CancellationToken.None); // the day before
    }

    private static async Task SeedCandlesAsync(TestDatabase db, IReadOnlyList<DateTimeOffset> session)
    {
        var store = new CandleStore(db.Connections, db.Names);
        Candle Bar(string symbol, DateTimeOffset t) => new() { Symbol = symbol, Time = t, Open = 1m, High = 2m, Low = 0.5m, Close = 1.5m, Volume = 10 };
        await store.UpsertAsync(CandleTable.Minute, [.. session.Where(m => !(m >= Utc(20, 0) && m < Utc(20, 5))).Select(m => Bar("$SPX", m))], CancellationToken.None);
        await store.UpsertAsync(CandleTable.Minute, [.. session.Select(m => Bar("$VIX", m.AddDays(-1)))], CancellationToken.None);
        await store.UpsertAsync(CandleTable.Day, [Bar("$SPX", Utc(6, 0)), Bar("$SPX", Utc(6, 0).AddDays(-1))], CancellationToken.None);
    }

    /// <summary>The table's name in <paramref name="db"/>'s dialect, for test-only SQL.</summary>
    public static string Table(TestDatabase db, TableName table) =>
        db.Provider == DatabaseProvider.SqlServer ? db.Names.Resolve(table.SqlServerName) : table.SqliteName;

    private static async Task SeedAccountRowsAsync(TestDatabase db)
    {
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        DateTimeOffset before = DayStart.AddMinutes(-1);
        foreach ((long id, DateTimeOffset at) in new[] { (1L, Utc(15, 0)), (2L, Utc(19, 0)), (3L, before) })
        {
            await connection.ExecuteAsync(
                $"INSERT INTO {Table(db, TableNames.Orders)} (order_id, account_hash, status, entered_time, updated_at) VALUES (@Id, 'HASH', 'FILLED', @At, @At)",
                new { Id = id, At = at });
        }

        foreach ((long id, string hash, DateTimeOffset at) in new[] { (1L, "a", Utc(15, 0)), (1L, "b", Utc(15, 1)), (2L, "c", Utc(19, 0)), (3L, "d", before) })
        {
            await connection.ExecuteAsync(
                $"INSERT INTO {Table(db, TableNames.JsonTransactions)} (created_at, order_id, content_hash, json) VALUES (@At, @Id, @Hash, '{{}}')",
                new { Id = id, Hash = hash, At = at });
        }

        foreach ((long id, DateTimeOffset at) in new[] { (10L, Utc(16, 0)), (11L, before) })
        {
            await connection.ExecuteAsync(
                $"INSERT INTO {Table(db, TableNames.Transactions)} (activity_id, account_hash, time, type, json, updated_at) VALUES (@Id, 'HASH', @At, 'TRADE', '{{}}', @At)",
                new { Id = id, At = at });
        }

        foreach (DateTimeOffset at in new[] { Utc(14, 0), Utc(18, 0), before })
        {
            await connection.ExecuteAsync($"INSERT INTO {Table(db, TableNames.Balances)} (collected_at, account_hash) VALUES (@At, 'HASH')", new { At = at });
        }

        foreach ((DateTimeOffset at, string symbol) in new[] { (Utc(14, 0), "SPY"), (Utc(14, 0), "QQQ"), (Utc(18, 0), "SPY"), (before, "SPY") })
        {
            await connection.ExecuteAsync(
                $"INSERT INTO {Table(db, TableNames.Positions)} (collected_at, account_hash, symbol) VALUES (@At, 'HASH', @Symbol)", new { At = at, Symbol = symbol });
        }
    }

    private static List<OptionContract> Contracts(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new OptionContract
        {
            Underlying = "$SPX",
            Symbol = $"SPXW  261125C0{6000 + (i * 5)}000",
            PutCall = PutCall.Call,
            Expiration = Day,
            Strike = 6000 + (i * 5),
            Bid = 1.5m,
            Ask = 1.7m,
        }),
    ];
}
