using Dapper;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Data;
using Schwab.Core.Data.Candles;
using Schwab.Core.Data.Retention;
using Schwab.Core.Data.Streaming;
using Schwab.Core.Domain;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Reports;

/// <summary>Pruning on known content; run on SQLite and (when <c>SCHWAB_TEST_SQLSERVER</c> is set) on SQL Server.</summary>
public abstract class DataPrunerTests
{
    // Sunday 2026-11-29 10:00 ET: "older than 3 days" keeps 11-26 onwards, so the cut-off is 2026-11-26 05:00Z, which is
    // exactly where KnownReportDay's day ends (its next-midnight quote sits on the boundary and must stay).
    private static readonly FakeTimeProvider s_time = new(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero));
    private static readonly DateTimeOffset s_cutoff = new(2026, 11, 26, 5, 0, 0, TimeSpan.Zero);

    private const int OldQuotes = 380;
    private const int OldChainRows = 790;
    private const int OldMinuteCandles = 775;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static DataPruner Create(TestDatabase db, FakeLogger<DataPruner>? logger = null) =>
        new(db.Connections, db.Names, s_time, logger ?? new FakeLogger<DataPruner>());

    private static async Task<Dictionary<string, long>> CountAllAsync(TestDatabase db)
    {
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (TableName table in TableNames.All)
        {
            counts[table.SqliteName] = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {KnownReportDay.Table(db, table)}");
        }

        return counts;
    }

    private async Task<TestDatabase> SeedAsync()
    {
        TestDatabase db = await CreateDatabaseAsync();
        await KnownReportDay.SeedAsync(db);
        await new StreamingDataStore(db.Connections, db.Names).WriteAsync(
            [.. new[] { 1, 2 }.Select(h => new StreamingRow { Ordinal = h, Timestamp = s_cutoff.AddHours(h), Sequence = 9000 + h, Service = "LEVELONE_EQUITIES", Symbol = "$SPX" })],
            CancellationToken.None);
        var chains = new OptionChainStore(db.Connections, db.Names);
        OptionContract[] contracts = [.. new[] { 6000m, 6005m }.Select(k => new OptionContract { Underlying = "$SPX", Symbol = $"SPXW  261126C0{k:0}000", Strike = k, Expiration = new DateOnly(2026, 11, 26) })];
        await chains.StoreAsync(s_cutoff, "1min", contracts, CancellationToken.None);
        await chains.StoreAsync(s_cutoff.AddMinutes(1), "1min", contracts, CancellationToken.None);
        await new CandleStore(db.Connections, db.Names).UpsertAsync(
            CandleTable.Minute,
            [.. new[] { s_cutoff, s_cutoff.AddMinutes(1) }.Select(t => new Candle { Symbol = "$SPX", Time = t, Open = 1m, High = 1m, Low = 1m, Close = 1m })],
            CancellationToken.None);
        await SeedKeptTablesAsync(db);
        return db;
    }

    private static async Task SeedKeptTablesAsync(TestDatabase db)
    {
        // Old rows in every table prune must never touch (tokens, hashes, calendar past and future, order details, status, alerts).
        DateTimeOffset old = s_cutoff.AddDays(-60);
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        string[] rows =
        [
            $"INSERT INTO {T(TableNames.Api)} VALUES ('MAIN_DATA', 'v1:a', 'v1:r', @Old, @Old, @Old, @Old, 1)",
            $"INSERT INTO {T(TableNames.Hash)} VALUES ('HASH', 'MAIN_DATA', 'v1:n', @Old)",
            $"INSERT INTO {T(TableNames.MarketHours)} (market_date, market, product, is_open, updated_at) VALUES ('2026-09-01', 'equity', 'EQ', 1, @Old)",
            $"INSERT INTO {T(TableNames.MarketHours)} (market_date, market, product, is_open, updated_at) VALUES ('2026-12-01', 'equity', 'EQ', 1, @Old)",
            $"INSERT INTO {T(TableNames.OrderLegs)} (order_id, leg_id) VALUES (3, 1)",
            $"INSERT INTO {T(TableNames.OrderActivities)} (order_id, activity_id) VALUES (3, 1)",
            $"INSERT INTO {T(TableNames.ExecutionLegs)} (order_id, activity_id, leg_id, time) VALUES (3, 1, 1, @Old)",
            $"INSERT INTO {T(TableNames.Spreads)} (order_id, account_hash, strategy, quantity, filled_at, updated_at) VALUES (3, 'HASH', 'VERTICAL', '1', @Old, @Old)",
            $"INSERT INTO {T(TableNames.ServiceStatus)} (service, host, pid, started_at, last_heartbeat_at) VALUES ('schwab-chains', 'h', 1, @Old, @Old)",
            $"INSERT INTO {T(TableNames.Alerts)} (alert_key, first_seen_at, last_seen_at, occurrence_count) VALUES ('k', @Old, @Old, 1)",
        ];
        foreach (string row in rows)
        {
            await connection.ExecuteAsync(row, new { Old = old });
        }

        string T(TableName table) => KnownReportDay.Table(db, table);
    }

    [SkippableFact]
    public void CutoffFor_Days_IsNewYorkMidnightThatManyExchangeDaysBack()
    {
        var lateFridayNewYork = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero)); // 11-27 22:00 ET
        var pruner = new DataPruner(new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(new DatabaseOptions { ConnectionString = "Data Source=never-opened.db" }), new FakeLogger<SqliteConnectionFactory>()),
            new SqlServerNames("OPT", "CHAINS"), lateFridayNewYork, new FakeLogger<DataPruner>());

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero), pruner.CutoffFor(3));
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 4, 0, 0, TimeSpan.Zero), pruner.CutoffFor(30)); // EDT then
        Assert.Throws<ArgumentOutOfRangeException>(() => pruner.CutoffFor(0));
    }

    [SkippableFact]
    public async Task PruneAsync_RowsBeforeTheCutoff_AreDeletedInBatchesAndNothingElseIs()
    {
        await using TestDatabase db = await SeedAsync();
        Dictionary<string, long> before = await CountAllAsync(db);
        var logger = new FakeLogger<DataPruner>();
        DataPruner pruner = Create(db, logger);

        IReadOnlyList<TablePruneResult> results = await pruner.PruneAsync(pruner.CutoffFor(3), 100, dryRun: false, CancellationToken.None);
        Dictionary<string, long> after = await CountAllAsync(db);

        Assert.Equal(
            [
                new TablePruneResult("OPT.dbo.streaming_data", "timestamp", OldQuotes, 4),
                new TablePruneResult("CHAINS.dbo.SPX_CHAIN", "collected_at", OldChainRows, 8),
                new TablePruneResult("OPT.HISTORIC.MINUTE", "time", OldMinuteCandles, 8),
            ],
            results);
        Assert.Equal(before["streaming_data"] - OldQuotes, after["streaming_data"]);
        Assert.Equal(3, after["streaming_data"]);   // the boundary row and the two after it
        Assert.Equal(4, after["SPX_CHAIN"]);        // the snapshot at the cut-off and the one after
        Assert.Equal(2, after["HISTORIC_MINUTE"]);
        foreach (string table in before.Keys.Except(["streaming_data", "SPX_CHAIN", "HISTORIC_MINUTE"]))
        {
            Assert.True(before[table] == after[table], $"{table}: {before[table]} before, {after[table]} after");
        }

        Assert.All(before.Keys.Except(["SCHWAB_SCHEMA_VERSION"]), t => Assert.True(before[t] > 0, $"{t} was not seeded"));
        Assert.Equal(3, logger.Collector.GetSnapshot().Count(r => r.Id.Id == 3100));
    }

    [SkippableFact]
    public async Task PruneAsync_DryRun_CountsWhatWouldGoAndDeletesNothing()
    {
        await using TestDatabase db = await SeedAsync();
        Dictionary<string, long> before = await CountAllAsync(db);

        IReadOnlyList<TablePruneResult> results = await Create(db).PruneAsync(s_cutoff, 100, dryRun: true, CancellationToken.None);

        Assert.Equal([OldQuotes, OldChainRows, OldMinuteCandles], results.Select(r => r.Rows));
        Assert.All(results, r => Assert.Equal(0, r.Batches));
        Assert.Equal(before, await CountAllAsync(db));
    }

    [SkippableFact]
    public async Task PruneAsync_SecondRun_RemovesNothing()
    {
        await using TestDatabase db = await SeedAsync();
        DataPruner pruner = Create(db);
        await pruner.PruneAsync(s_cutoff, 1000, dryRun: false, CancellationToken.None);
        Dictionary<string, long> afterFirst = await CountAllAsync(db);

        IReadOnlyList<TablePruneResult> second = await pruner.PruneAsync(s_cutoff, 1000, dryRun: false, CancellationToken.None);

        Assert.All(second, r => Assert.Equal(0, r.Rows));
        Assert.Equal(afterFirst, await CountAllAsync(db));
    }
}
