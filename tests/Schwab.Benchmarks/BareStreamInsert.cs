using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Schwab.Testing.Data;

namespace Schwab.Benchmarks;

/// <summary>
/// The baseline for <c>stream.updates_per_s</c>: the rows the run stored, copied in rowid order into a fresh file by a bare
/// prepared INSERT into <c>streaming_data</c>, 5,000 rows per transaction (the writer's batch size). Only the inserts and
/// commits are timed, not reading the rows back.
/// </summary>
internal static class BareStreamInsert
{
    private const int Batch = 5000;
    private const int Columns = 28;

    public static async Task<TimeSpan> CopyAsync(SqliteTestDatabase from, SqliteTestDatabase to, CancellationToken cancellationToken)
    {
        await using DbConnection source = await from.Connections.OpenAsync(cancellationToken);
        await using DbConnection target = await to.Connections.OpenAsync(cancellationToken);
        await using DbCommand select = source.CreateCommand();
        select.CommandText = "SELECT * FROM streaming_data ORDER BY rowid";
        await using var insert = (SqliteCommand)target.CreateCommand();
        insert.CommandText = "INSERT INTO streaming_data VALUES ("
            + string.Join(", ", Enumerable.Range(0, Columns).Select(i => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
        var parameters = new SqliteParameter[Columns];
        for (int i = 0; i < Columns; i++)
        {
            parameters[i] = insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DBNull.Value));
        }

        insert.Prepare();
        object[][] rows = [.. Enumerable.Range(0, Batch).Select(_ => new object[Columns])];
        TimeSpan elapsed = TimeSpan.Zero;
        await using DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken);
        while (true)
        {
            int n = 0;
            while (n < Batch && await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(rows[n++]);
            }

            if (n == 0)
            {
                return elapsed;
            }

            long start = Stopwatch.GetTimestamp();
            using (SqliteTransaction transaction = (SqliteTransaction)target.BeginTransaction())
            {
                insert.Transaction = transaction;
                for (int r = 0; r < n; r++)
                {
                    for (int i = 0; i < Columns; i++)
                    {
                        parameters[i].Value = rows[r][i];
                    }

                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            elapsed += Stopwatch.GetElapsedTime(start);
        }
    }
}
