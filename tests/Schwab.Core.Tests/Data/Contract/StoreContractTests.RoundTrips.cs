using Dapper;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

public abstract partial class StoreContractTests
{
    private const string InsertChainRowSqlite = """
        INSERT INTO SPX_CHAIN (collected_at, collection_frequency, underlying, symbol, put_call, expiration, strike, bid, ask, delta, quote_time, trade_time)
        VALUES (@CollectedAt, '1min', '$SPX', @Symbol, 'CALL', @Expiration, @Strike, @Bid, @Ask, @Delta, @QuoteTime, @TradeTime)
        """;

    private const string InsertChainRowSqlServer = """
        INSERT INTO $(CHAINS).dbo.SPX_CHAIN (collected_at, collection_frequency, underlying, symbol, put_call, expiration, strike, bid, ask, delta, quote_time, trade_time)
        VALUES (@CollectedAt, '1min', '$SPX', @Symbol, 'CALL', @Expiration, @Strike, @Bid, @Ask, @Delta, @QuoteTime, @TradeTime)
        """;

    private const string SelectChainRowSqlite = """
        SELECT collected_at AS CollectedAt, symbol AS Symbol, expiration AS Expiration, strike AS Strike, bid AS Bid, ask AS Ask,
               delta AS Delta, quote_time AS QuoteTime, trade_time AS TradeTime
        FROM SPX_CHAIN WHERE symbol = @Symbol
        """;

    private const string SelectChainRowSqlServer = """
        SELECT collected_at AS CollectedAt, symbol AS Symbol, expiration AS Expiration, strike AS Strike, bid AS Bid, ask AS Ask,
               delta AS Delta, quote_time AS QuoteTime, trade_time AS TradeTime
        FROM $(CHAINS).dbo.SPX_CHAIN WHERE symbol = @Symbol
        """;

    [SkippableFact]
    public async Task DapperRoundTrip_DecimalInstantDateAndNull_ComeBackEqual()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        var written = new ChainRow
        {
            // A non-UTC offset with sub-millisecond ticks: stored as UTC, read back as the same instant.
            CollectedAt = new DateTimeOffset(2026, 3, 9, 9, 30, 0, 123, TimeSpan.FromHours(-4)).AddTicks(4567),
            Symbol = "SPXW  260320C05800000",
            Expiration = new DateOnly(2026, 3, 20),
            Strike = 12345.6789m,
            Bid = 0.0001m,
            Ask = null,
            Delta = -0.12345678m,
            QuoteTime = null,
            TradeTime = new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(5.5)),
        };
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);

        await connection.ExecuteAsync(new CommandDefinition(db.Sql(InsertChainRowSqlite, InsertChainRowSqlServer), written));
        ChainRow read = await connection.QuerySingleAsync<ChainRow>(new CommandDefinition(
            db.Sql(SelectChainRowSqlite, SelectChainRowSqlServer), new { written.Symbol }));

        Assert.Equal(written.CollectedAt, read.CollectedAt);
        Assert.Equal(TimeSpan.Zero, read.CollectedAt.Offset);
        Assert.Equal(written.CollectedAt.UtcTicks, read.CollectedAt.UtcTicks);
        Assert.Equal(written.TradeTime, read.TradeTime);
        Assert.Equal(TimeSpan.Zero, read.TradeTime!.Value.Offset);
        Assert.Equal(written.Expiration, read.Expiration);
        Assert.Equal(12345.6789m, read.Strike);
        Assert.Equal(0.0001m, read.Bid);
        Assert.Equal(-0.12345678m, read.Delta);
        Assert.Null(read.Ask);
        Assert.Null(read.QuoteTime);
    }

    [SkippableFact]
    public async Task DapperRoundTrip_ScalarNullableValues_ComeBackEqual()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        DateTimeOffset instant = new(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(2));

        var row = new ChainRow { CollectedAt = instant, Symbol = "X", Expiration = new DateOnly(2026, 7, 2), Strike = 999999999999999.9999m };
        await connection.ExecuteAsync(new CommandDefinition(db.Sql(InsertChainRowSqlite, InsertChainRowSqlServer), row));
        decimal? strike = await connection.ExecuteScalarAsync<decimal?>(new CommandDefinition(
            db.Sql("SELECT strike FROM SPX_CHAIN WHERE symbol = @Symbol", "SELECT strike FROM $(CHAINS).dbo.SPX_CHAIN WHERE symbol = @Symbol"), new { row.Symbol }));
        var bidAndInstant = await connection.QuerySingleAsync<(decimal? Bid, DateTimeOffset CollectedAt)>(new CommandDefinition(
            db.Sql("SELECT bid, collected_at FROM SPX_CHAIN WHERE symbol = @Symbol", "SELECT bid, collected_at FROM $(CHAINS).dbo.SPX_CHAIN WHERE symbol = @Symbol"), new { row.Symbol }));

        Assert.Equal(999999999999999.9999m, strike);
        Assert.Null(bidAndInstant.Bid);
        Assert.Equal(instant, bidAndInstant.CollectedAt);
    }

    /// <summary>Columns of one SPX_CHAIN row, of every type the stores use.</summary>
    private sealed class ChainRow
    {
        public DateTimeOffset CollectedAt { get; set; }
        public string Symbol { get; set; } = "";
        public DateOnly Expiration { get; set; }
        public decimal Strike { get; set; }
        public decimal? Bid { get; set; }
        public decimal? Ask { get; set; }
        public decimal? Delta { get; set; }
        public DateTimeOffset? QuoteTime { get; set; }
        public DateTimeOffset? TradeTime { get; set; }
    }
}
