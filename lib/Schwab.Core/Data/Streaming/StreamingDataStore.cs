using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Schwab.Core.Data.Streaming;

/// <summary>
/// Writes level-one rows: each batch is ONE transaction inserting its <c>streaming_data</c> rows and upserting
/// <c>LATEST_QUOTE</c> with each symbol's newest row of the batch, through two statements prepared once per batch and
/// re-bound per row (on SQLite through the C API: <see cref="SqliteStreamingStatements"/>).
/// </summary>
/// <remarks>
/// Idempotent: a row already stored (same timestamp, symbol, sequence) is skipped, and <c>LATEST_QUOTE</c> only moves
/// forward (a newer timestamp, or the same timestamp and a higher sequence), so replaying a spill file that was partly
/// committed before a crash changes nothing twice.
/// </remarks>
internal sealed class StreamingDataStore(IDbConnectionFactory connections, SqlServerNames names)
{
    private const string Columns = """
        timestamp, sequence, service, symbol, bid, ask, last, mark, bid_size, ask_size, last_size, total_volume, open_price, high_price,
        low_price, close_price, net_change, quote_time, trade_time, volatility, delta, gamma, theta, vega, rho, open_interest,
        underlying_price, theoretical_value
        """;

    private const string Values = """
        @Timestamp, @Sequence, @Service, @Symbol, @Bid, @Ask, @Last, @Mark, @BidSize, @AskSize, @LastSize, @TotalVolume, @OpenPrice, @HighPrice,
        @LowPrice, @ClosePrice, @NetChange, @QuoteTime, @TradeTime, @Volatility, @Delta, @Gamma, @Theta, @Vega, @Rho, @OpenInterest,
        @UnderlyingPrice, @TheoreticalValue
        """;

    private const string Assignments = """
        timestamp = @Timestamp, sequence = @Sequence, service = @Service, bid = @Bid, ask = @Ask, last = @Last, mark = @Mark, bid_size = @BidSize,
        ask_size = @AskSize, last_size = @LastSize, total_volume = @TotalVolume, open_price = @OpenPrice, high_price = @HighPrice,
        low_price = @LowPrice, close_price = @ClosePrice, net_change = @NetChange, quote_time = @QuoteTime, trade_time = @TradeTime,
        volatility = @Volatility, delta = @Delta, gamma = @Gamma, theta = @Theta, vega = @Vega, rho = @Rho, open_interest = @OpenInterest,
        underlying_price = @UnderlyingPrice, theoretical_value = @TheoreticalValue
        """;

    private const string InsertSqlite =
        "INSERT INTO streaming_data (" + Columns + ") VALUES (" + Values + ") ON CONFLICT (timestamp, symbol, sequence) DO NOTHING";

    // Instants are fixed-width UTC text, so text order is time order.
    private const string UpsertLatestSqlite =
        "INSERT INTO SCHWAB_LATEST_QUOTE (" + Columns + ") VALUES (" + Values + ") ON CONFLICT (symbol) DO UPDATE SET " + Assignments
        + " WHERE excluded.timestamp > SCHWAB_LATEST_QUOTE.timestamp"
        + " OR (excluded.timestamp = SCHWAB_LATEST_QUOTE.timestamp AND excluded.sequence >= SCHWAB_LATEST_QUOTE.sequence)";

    private const string InsertSqlServer = """
        INSERT INTO $(OPT).dbo.streaming_data ([timestamp], sequence, service, symbol, bid, ask, last, mark, bid_size, ask_size, last_size,
            total_volume, open_price, high_price, low_price, close_price, net_change, quote_time, trade_time, volatility, delta, gamma, theta,
            vega, rho, open_interest, underlying_price, theoretical_value)
        SELECT @Timestamp, @Sequence, @Service, @Symbol, @Bid, @Ask, @Last, @Mark, @BidSize, @AskSize, @LastSize, @TotalVolume, @OpenPrice,
            @HighPrice, @LowPrice, @ClosePrice, @NetChange, @QuoteTime, @TradeTime, @Volatility, @Delta, @Gamma, @Theta, @Vega, @Rho,
            @OpenInterest, @UnderlyingPrice, @TheoreticalValue
        WHERE NOT EXISTS (SELECT 1 FROM $(OPT).dbo.streaming_data WHERE [timestamp] = @Timestamp AND symbol = @Symbol AND sequence = @Sequence);
        """;

    private const string UpsertLatestSqlServer = """
        UPDATE $(OPT).SCHWAB.LATEST_QUOTE WITH (UPDLOCK, SERIALIZABLE)
        SET [timestamp] = @Timestamp, sequence = @Sequence, service = @Service, bid = @Bid, ask = @Ask, last = @Last, mark = @Mark,
            bid_size = @BidSize, ask_size = @AskSize, last_size = @LastSize, total_volume = @TotalVolume, open_price = @OpenPrice,
            high_price = @HighPrice, low_price = @LowPrice, close_price = @ClosePrice, net_change = @NetChange, quote_time = @QuoteTime,
            trade_time = @TradeTime, volatility = @Volatility, delta = @Delta, gamma = @Gamma, theta = @Theta, vega = @Vega, rho = @Rho,
            open_interest = @OpenInterest, underlying_price = @UnderlyingPrice, theoretical_value = @TheoreticalValue
        WHERE symbol = @Symbol AND ([timestamp] < @Timestamp OR ([timestamp] = @Timestamp AND sequence <= @Sequence));
        IF @@ROWCOUNT = 0 AND NOT EXISTS (SELECT 1 FROM $(OPT).SCHWAB.LATEST_QUOTE WITH (UPDLOCK, SERIALIZABLE) WHERE symbol = @Symbol)
            INSERT INTO $(OPT).SCHWAB.LATEST_QUOTE ([timestamp], sequence, service, symbol, bid, ask, last, mark, bid_size, ask_size, last_size,
                total_volume, open_price, high_price, low_price, close_price, net_change, quote_time, trade_time, volatility, delta, gamma, theta,
                vega, rho, open_interest, underlying_price, theoretical_value)
            VALUES (@Timestamp, @Sequence, @Service, @Symbol, @Bid, @Ask, @Last, @Mark, @BidSize, @AskSize, @LastSize, @TotalVolume, @OpenPrice,
                @HighPrice, @LowPrice, @ClosePrice, @NetChange, @QuoteTime, @TradeTime, @Volatility, @Delta, @Gamma, @Theta, @Vega, @Rho,
                @OpenInterest, @UnderlyingPrice, @TheoreticalValue);
        """;

    private const int WalAutoCheckpointPages = 10_000;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Writes <paramref name="rows"/> (in their order) in one transaction; when this returns they are committed.</summary>
    public async Task WriteAsync(IReadOnlyList<StreamingRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        IReadOnlyCollection<StreamingRow> latest = Latest(rows);
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!_sqlServer && connection is SqliteConnection sqlite)
        {
            // Synchronous on purpose: SQLite has no asynchronous I/O; the C API binding avoids a string and a box per value.
            // A stream writes ~30 MB/s of pages: checkpoint the WAL every ~40 MB instead of every 4 MB (the default 1000
            // pages), so a page rewritten by many batches (the index's last pages) reaches the database file once, and the
            // committing batch pays for a checkpoint ten times less often. Durability is unchanged (checkpoints only copy).
            SQLitePCL.raw.sqlite3_wal_autocheckpoint(sqlite.Handle, WalAutoCheckpointPages);
            using var statements = new SqliteStreamingStatements(sqlite, InsertSqlite, UpsertLatestSqlite);
            for (int i = 0; i < rows.Count; i++)
            {
                statements.Insert(rows[i]);
            }

            foreach (StreamingRow row in latest)
            {
                statements.Upsert(row);
            }
        }
        else
        {
            await using DbCommand insert = Prepare(connection, transaction, _sqlServer ? names.Resolve(InsertSqlServer) : InsertSqlite);
            await using DbCommand upsert = Prepare(connection, transaction, _sqlServer ? names.Resolve(UpsertLatestSqlServer) : UpsertLatestSqlite);
            await insert.PrepareAsync(cancellationToken);
            await upsert.PrepareAsync(cancellationToken);
            foreach (StreamingRow row in rows)
            {
                StreamingParameters.Bind(insert, row, _sqlServer);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (StreamingRow row in latest)
            {
                StreamingParameters.Bind(upsert, row, _sqlServer);
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        // A write given up on (schwab-stream's stop budget) may get its lock only now: it must not commit rows that are
        // already in the spill file. SQLite's statements above do not observe the token, so check it here.
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The newest row of each symbol in the batch, by (timestamp, sequence), later rows winning ties: the one row whose upsert
    /// decides LATEST_QUOTE, since the upsert only ever moves to a newer (timestamp, sequence). Upserting every row in order
    /// ends in the same state, at one statement per row instead of one per symbol.
    /// </summary>
    internal static IReadOnlyCollection<StreamingRow> Latest(IReadOnlyList<StreamingRow> rows)
    {
        var latest = new Dictionary<string, StreamingRow>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            StreamingRow row = rows[i];
            if (!latest.TryGetValue(row.Symbol, out StreamingRow? kept)
                || row.Timestamp > kept.Timestamp || (row.Timestamp == kept.Timestamp && row.Sequence >= kept.Sequence))
            {
                latest[row.Symbol] = row;
            }
        }

        return latest.Values;
    }

    private DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        StreamingParameters.Declare(command, _sqlServer);
        return command;
    }
}
