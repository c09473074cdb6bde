using Microsoft.Data.Sqlite;
using Schwab.Core.Data;
using Schwab.Core.Data.Streaming;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Streaming;

public sealed class StreamingDataStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 15, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_RowWithEveryField_StoresEachInItsSqliteTextForm()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        StreamingRow row = Full("SPXW  260302C05900000", 7, At.AddTicks(4567));

        await new StreamingDataStore(db.Connections, db.Names).WriteAsync([row], CancellationToken.None);

        object?[] expected =
        [
            SqliteText.FromInstant(row.Timestamp), 7L, "LEVELONE_OPTIONS", row.Symbol, "12.35", "12.55", "12.40", "12.45", 10L, 12L, 1L, 123456L,
            "11.5", "13.05", "10.95", "11.75", "-0.25", SqliteText.FromInstant(row.QuoteTime!.Value), SqliteText.FromInstant(row.TradeTime!.Value),
            "0.1875", "0.5", "0.0123", "-1.25", "0.4", "0.02", 5000L, "5900.12", "12.5",
        ];
        Assert.Equal(expected, ReadRows(db.FilePath, "streaming_data").Single());
        Assert.Equal(expected, ReadRows(db.FilePath, "SCHWAB_LATEST_QUOTE").Single());
    }

    [Fact]
    public async Task WriteAsync_SeveralRowsPerSymbolOutOfTimeOrder_LatestQuoteHoldsEachSymbolsNewestAndNeverMovesBack()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        var store = new StreamingDataStore(db.Connections, db.Names);
        StreamingRow[] batch =
        [
            Row("$SPX", 1, At, 5900m), Row("SPY", 1, At, 590m), Row("$SPX", 2, At.AddSeconds(2), 5902m),
            Row("$SPX", 3, At.AddSeconds(1), 5901m), Row("SPY", 2, At, 591m),
        ];

        await store.WriteAsync(batch, CancellationToken.None);
        await store.WriteAsync([Row("$SPX", 4, At.AddSeconds(-5), 5800m)], CancellationToken.None);
        await store.WriteAsync(batch, CancellationToken.None);

        Assert.Equal(6, ReadRows(db.FilePath, "streaming_data").Count);
        Assert.Equal(
            [("$SPX", 2L, "5902"), ("SPY", 2L, "591")],
            ReadRows(db.FilePath, "SCHWAB_LATEST_QUOTE").Select(r => ((string)r[3]!, (long)r[1]!, (string)r[6]!)).OrderBy(r => r.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void Latest_TiesOnTimestamp_KeepTheHigherSequence()
    {
        IReadOnlyCollection<StreamingRow> latest = StreamingDataStore.Latest([Row("A", 5, At, 1m), Row("A", 4, At, 2m), Row("B", 1, At, 3m)]);

        Assert.Equal([("A", 5L), ("B", 1L)], latest.Select(r => (r.Symbol, r.Sequence)).OrderBy(r => r.Symbol, StringComparer.Ordinal));
    }

    private static StreamingRow Row(string symbol, long sequence, DateTimeOffset at, decimal last) => new()
    {
        Timestamp = at,
        Sequence = sequence,
        Service = "LEVELONE_EQUITIES",
        Symbol = symbol,
        Last = last,
    };

    private static StreamingRow Full(string symbol, long sequence, DateTimeOffset at) => new()
    {
        Timestamp = at, Sequence = sequence, Service = "LEVELONE_OPTIONS", Symbol = symbol, Bid = 12.35m, Ask = 12.55m, Last = 12.40m, Mark = 12.45m,
        BidSize = 10, AskSize = 12, LastSize = 1, TotalVolume = 123456, OpenPrice = 11.5m, HighPrice = 13.05m, LowPrice = 10.95m, ClosePrice = 11.75m,
        NetChange = -0.25m, QuoteTime = at.AddSeconds(-1), TradeTime = at.AddSeconds(-2), Volatility = 0.1875m, Delta = 0.5m, Gamma = 0.0123m,
        Theta = -1.25m, Vega = 0.4m, Rho = 0.02m, OpenInterest = 5000, UnderlyingPrice = 5900.12m, TheoreticalValue = 12.5m,
    };

    /// <summary>The table's rows in <c>streaming_data</c> column order (LATEST_QUOTE reordered to match).</summary>
    private static List<object?[]> ReadRows(string path, string table)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT timestamp, sequence, service, symbol, bid, ask, last, mark, bid_size, ask_size, last_size, total_volume, open_price, high_price,
                low_price, close_price, net_change, quote_time, trade_time, volatility, delta, gamma, theta, vega, rho, open_interest,
                underlying_price, theoretical_value FROM {table} ORDER BY rowid
            """;
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        }

        return rows;
    }
}
