using Microsoft.Data.Sqlite;
using Schwab.Core.Data.Chains;
using SQLitePCL;

namespace Schwab.Core.Data.Streaming;

/// <summary>
/// The streaming INSERT and LATEST_QUOTE upsert prepared through the SQLite C API on the handle Microsoft.Data.Sqlite opened,
/// each row bound straight from <see cref="StreamingRow"/> as UTF-8 (no per-value strings or boxes), on the connection's open
/// transaction. The text forms are exactly <see cref="SqliteText"/>'s, as <see cref="StreamingParameters"/> binds them.
/// </summary>
/// <remarks>Both statements name the 28 parameters in <see cref="StreamingParameters"/> order, so <c>@Timestamp</c> is index 1 and so on.</remarks>
internal sealed class SqliteStreamingStatements : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _upsert;
    private readonly SqliteChainBinder _bindInsert;
    private readonly SqliteChainBinder _bindUpsert;

    public SqliteStreamingStatements(SqliteConnection connection, string insertSql, string upsertSql)
    {
        _db = connection.Handle!;
        _insert = Prepare(insertSql);
        try
        {
            _upsert = Prepare(upsertSql);
        }
        catch
        {
            _insert.Dispose();
            throw;
        }

        _bindInsert = new SqliteChainBinder(_insert);
        _bindUpsert = new SqliteChainBinder(_upsert);
    }

    /// <summary>Inserts the row into <c>streaming_data</c> (an already stored row is skipped).</summary>
    public void Insert(StreamingRow row) => Step(_insert, _bindInsert, row);

    /// <summary>Upserts the row into LATEST_QUOTE when it is newer than the stored one.</summary>
    public void Upsert(StreamingRow row) => Step(_upsert, _bindUpsert, row);

    public void Dispose()
    {
        _insert.Dispose();
        _upsert.Dispose();
    }

    private void Step(sqlite3_stmt statement, SqliteChainBinder b, StreamingRow row)
    {
        b.Instant(0, row.Timestamp);
        b.Integer(1, row.Sequence);
        b.Text(2, row.Service);
        b.Text(3, row.Symbol);
        b.Decimal(4, row.Bid);
        b.Decimal(5, row.Ask);
        b.Decimal(6, row.Last);
        b.Decimal(7, row.Mark);
        b.Integer(8, row.BidSize);
        b.Integer(9, row.AskSize);
        b.Integer(10, row.LastSize);
        b.Integer(11, row.TotalVolume);
        b.Decimal(12, row.OpenPrice);
        b.Decimal(13, row.HighPrice);
        b.Decimal(14, row.LowPrice);
        b.Decimal(15, row.ClosePrice);
        b.Decimal(16, row.NetChange);
        b.Instant(17, row.QuoteTime);
        b.Instant(18, row.TradeTime);
        b.Decimal(19, row.Volatility);
        b.Decimal(20, row.Delta);
        b.Decimal(21, row.Gamma);
        b.Decimal(22, row.Theta);
        b.Decimal(23, row.Vega);
        b.Decimal(24, row.Rho);
        b.Integer(25, row.OpenInterest);
        b.Decimal(26, row.UnderlyingPrice);
        b.Decimal(27, row.TheoreticalValue);
        int rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out sqlite3_stmt statement));
        int count = raw.sqlite3_bind_parameter_count(statement);
        if (count != StreamingParameters.Count)
        {
            statement.Dispose();
            throw new InvalidOperationException($"the streaming statements must take {StreamingParameters.Count} parameters, not {count}");
        }

        for (int i = 0; i < count; i++)
        {
            if (raw.sqlite3_bind_parameter_name(statement, i + 1).utf8_to_string() != StreamingParameters.Name(i))
            {
                statement.Dispose();
                throw new InvalidOperationException($"the streaming statements must name their parameters in StreamingParameters order (parameter {i + 1})");
            }
        }

        return statement;
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}' writing streaming_data", rc);
        }
    }
}
