using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Core.Data.Chains;
using Schwab.Core.Domain;
using Schwab.Core.Tests.Api;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data;

public sealed class OptionChainStoreTests
{
    private static readonly DateTimeOffset s_collectedAt = new(2025, 5, 11, 14, 30, 0, 123, TimeSpan.FromHours(-4));

    [Fact]
    public async Task StoreAsync_SpxFixture_ReadsBackEqualWithUtcInstants()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        OptionChain chain = await OptionChainParser.ParseToListAsync(Fixture.Stream("chains_spx.json"), "$SPX", CancellationToken.None);

        int inserted = await Store(db).StoreAsync(s_collectedAt, "5min", chain.Contracts, CancellationToken.None);

        Assert.Equal(162, inserted);
        IReadOnlyList<StoredChainRow> rows = await StoredChainRow.ReadAllAsync(db.FilePath);
        Assert.All(rows, r => Assert.Equal(("2025-05-11T18:30:00.1230000Z", "5min"), (r.CollectedAt, r.Frequency)));
        Assert.Equal(
            chain.Contracts.OrderBy(c => c.Symbol, StringComparer.Ordinal),
            rows.Select(r => r.Contract).OrderBy(c => c.Symbol, StringComparer.Ordinal));
        StoredChainRow first = rows.Single(r => r.Contract.Symbol == "SPXW  250520C05660000");
        Assert.Equal(("77.4", "5660", "0.509", "74.107"), (first.Text["ask"], first.Text["strike"], first.Text["delta"], first.Text["theoretical_value"]));
        Assert.Equal(("2025-05-09T18:02:54.7620000Z", "2025-05-20"), (first.Text["trade_time"], first.Text["last_trading_day"]));
    }

    [Fact]
    public async Task StoreAsync_SentinelsParsedToNull_StoresSqlNulls()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        const string Body = """
            {"symbol":"$SPX","status":"SUCCESS","callExpDateMap":{"2025-05-20:9":{"5660.0":[{"putCall":"CALL",
            "symbol":"SPXW  250520C05660000","bid":1.25,"volatility":-999.0,"delta":-999.0,"theoreticalOptionValue":-1.0,
            "quoteTimeInLong":0,"tradeTimeInLong":0,"lastTradingDay":0,"strikePrice":5660.0}]}},"putExpDateMap":{}}
            """;

        (_, int inserted) = await Store(db).ParseAndStoreAsync(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Body)), "$SPX", s_collectedAt, "1min", CancellationToken.None);

        Assert.Equal(1, inserted);
        StoredChainRow row = Assert.Single(await StoredChainRow.ReadAllAsync(db.FilePath));
        Assert.Equal("1.25", row.Text["bid"]);
        foreach (string column in new[] { "volatility", "delta", "theoretical_value", "quote_time", "trade_time", "last_trading_day", "ask", "in_the_money" })
        {
            Assert.True(row.Text[column] is null, column + " should be NULL");
        }
    }

    [Fact]
    public async Task StoreAsync_ReplayedSnapshot_InsertsNothing()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        OptionChain chain = await OptionChainParser.ParseToListAsync(Fixture.Stream("chains_spx.json"), "$SPX", CancellationToken.None);
        OptionChainStore store = Store(db);
        await store.StoreAsync(s_collectedAt, "5min", chain.Contracts, CancellationToken.None);

        int replayed = await store.StoreAsync(s_collectedAt, "5min", chain.Contracts, CancellationToken.None);
        int otherFrequency = await store.StoreAsync(s_collectedAt, "30min", chain.Contracts.Take(3).ToList(), CancellationToken.None);

        Assert.Equal((0, 3), (replayed, otherFrequency));
        Assert.Equal(165, (await StoredChainRow.ReadAllAsync(db.FilePath)).Count);
    }

    [Fact]
    public async Task ParseAndStoreAsync_BodyTruncatedAfterEarlierBatches_LeavesNoRows()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        byte[] body = Fixture.Bytes("chains_spx.json");
        int batches = 0;
        await OptionChainParser.ParseAsync(new ChunkedStream(body[..(body.Length * 9 / 10)], 4096), "$SPX", (_, _) =>
        {
            batches++;
            return ValueTask.CompletedTask;
        }, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.True(batches > 1, "the truncated body must yield batches before it fails");

        await Assert.ThrowsAsync<SchwabApiException>(() => Store(db).ParseAndStoreAsync(
            new ChunkedStream(body[..(body.Length * 9 / 10)], 4096), "$SPX", s_collectedAt, "5min", CancellationToken.None));

        Assert.Empty(await StoredChainRow.ReadAllAsync(db.FilePath));
    }

    [Fact]
    public async Task DisposeAsync_WithoutCommitAfterWrites_RollsBackEveryRow()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        OptionChain chain = await OptionChainParser.ParseToListAsync(Fixture.Stream("chains_spx.json"), "$SPX", CancellationToken.None);

        await using (OptionChainSnapshot snapshot = await Store(db).BeginSnapshotAsync(s_collectedAt, "5min", CancellationToken.None))
        {
            await snapshot.WriteAsync(chain.Contracts.Take(100).ToList(), CancellationToken.None);
            Assert.Equal(100, snapshot.Inserted);
        }

        Assert.Empty(await StoredChainRow.ReadAllAsync(db.FilePath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("toolongfreq")]
    public async Task BeginSnapshotAsync_BadFrequency_ThrowsNamingIt(string frequency)
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Store(db).BeginSnapshotAsync(s_collectedAt, frequency, CancellationToken.None));

        Assert.Contains("collection frequency", ex.Message, StringComparison.Ordinal);
    }

    private static OptionChainStore Store(TestDatabase db) => new(db.Connections, db.Names);
}
