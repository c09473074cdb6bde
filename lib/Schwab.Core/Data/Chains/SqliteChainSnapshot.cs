using Microsoft.Data.Sqlite;
using Schwab.Core.Domain;
using SQLitePCL;

namespace Schwab.Core.Data.Chains;

/// <summary>
/// Writes a snapshot into SQLite through one prepared INSERT, rebinding its parameters for every row straight from the
/// contract's values as UTF-8 (no per-value strings or boxes), on the connection's open transaction.
/// </summary>
/// <remarks>
/// Uses the SQLite C API through the same handle Microsoft.Data.Sqlite opened: ADO.NET binding allocates a string, a UTF-8
/// copy and a box per value, which made the write path twice as slow and allocation-bound (see <c>scripts/bench.sh</c>).
/// The text forms are exactly <see cref="SqliteText"/>'s.
/// </remarks>
internal sealed class SqliteChainSnapshot : OptionChainSnapshot
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly SqliteChainBinder _bind;

    public SqliteChainSnapshot(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset collectedAt, string frequency, string insertSql)
        : base(connection, transaction)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, insertSql, out _insert));
        for (int i = 0; i < raw.sqlite3_bind_parameter_count(_insert); i++)
        {
            // The binder addresses $pN as index N + 1: the SQL must name them in order.
            if (raw.sqlite3_bind_parameter_name(_insert, i + 1).utf8_to_string() != "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                _insert.Dispose();
                throw new InvalidOperationException($"the SPX_CHAIN insert must name its parameters $p0..$pN in order (parameter {i + 1})");
            }
        }

        _bind = new SqliteChainBinder(_insert);
        _bind.Instant(0, collectedAt);
        _bind.Text(1, frequency);
    }

    public override ValueTask WriteAsync(IReadOnlyList<OptionContract> contracts, CancellationToken cancellationToken)
    {
        // Synchronous on purpose: SQLite has no asynchronous I/O.
        for (int i = 0; i < contracts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _bind.Contract(contracts[i]);
            int rc = raw.sqlite3_step(_insert);
            raw.sqlite3_reset(_insert);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            Inserted += raw.sqlite3_changes(_db);
        }

        return ValueTask.CompletedTask;
    }

    protected override ValueTask DisposeCoreAsync()
    {
        _insert.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}' writing SPX_CHAIN", rc);
        }
    }
}
