using System.Globalization;
using Microsoft.Data.Sqlite;
using Schwab.Simulator.Recording;
using Xunit;

namespace Schwab.Testing.Streaming;

/// <summary>
/// What schwab-stream stored in <c>streaming_data</c> and <c>SCHWAB_LATEST_QUOTE</c>, read from outside the daemon, and how
/// it compares with what the simulator sent. Shared by the in-process stream tests and the private-systemd ones.
/// </summary>
/// <remarks>
/// Abstract rather than static so a project's own helper can derive from it (<c>StoredQuotes : StoredStreamRows</c>) and keep
/// its callers' names (<c>StoredQuotes.Row</c>, <c>StoredQuotes.Read</c>).
/// </remarks>
public abstract class StoredStreamRows
{
    /// <summary>Only for helpers that add assertions of their own.</summary>
    protected StoredStreamRows()
    {
    }

    /// <summary>One stored row; <paramref name="RowId"/> is SQLite's insertion order.</summary>
    /// <param name="RowId">SQLite's rowid.</param>
    /// <param name="Symbol">The symbol key.</param>
    /// <param name="Timestamp">When the daemon received the update.</param>
    /// <param name="Sequence">The per-key sequence the daemon gave it.</param>
    /// <param name="Bid">The merged bid.</param>
    /// <param name="Ask">The merged ask.</param>
    /// <param name="Last">The merged last price.</param>
    /// <param name="Mark">The merged mark.</param>
    /// <param name="TotalVolume">The merged total volume.</param>
    public sealed record Row(
        long RowId, string Symbol, DateTimeOffset Timestamp, long Sequence, decimal? Bid, decimal? Ask, decimal? Last, decimal? Mark, long? TotalVolume);

    /// <summary>Every row of <paramref name="table"/> in <paramref name="order"/> (a fixed ORDER BY list, never input).</summary>
    public static List<Row> Read(string databasePath, string table = "streaming_data", string order = "rowid")
    {
        using SqliteConnection connection = Open(databasePath);
        return Read(connection, table, order);
    }

    /// <summary>Every row, in <paramref name="order"/>, through an open connection (e.g. the one holding a lock).</summary>
    public static List<Row> Read(SqliteConnection connection, string table = "streaming_data", string order = "rowid")
    {
        ArgumentNullException.ThrowIfNull(connection);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, symbol, timestamp, sequence, bid, ask, last, mark, total_volume FROM {table} ORDER BY {order}";
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(
                reader.GetInt64(0), reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                reader.GetInt64(3), Dec(reader, 4), Dec(reader, 5), Dec(reader, 6), Dec(reader, 7), reader.IsDBNull(8) ? null : reader.GetInt64(8)));
        }

        return rows;
    }

    /// <summary>Every symbol's <c>SCHWAB_LATEST_QUOTE</c> row.</summary>
    public static List<Row> ReadLatest(string databasePath)
    {
        using SqliteConnection connection = Open(databasePath);
        return Read(connection, "SCHWAB_LATEST_QUOTE");
    }

    /// <summary>A connection of this process (root: it may create the WAL's side files, which go when it closes last).</summary>
    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Asserts that <paramref name="stored"/> (one process's rows) are, symbol by symbol, updates <paramref name="sent"/> to that
    /// process: row with per-key sequence <c>s</c> carries the merged values of the <c>s</c>-th update sent for the key, each
    /// update at most once, inserted in sequence order. Returns the sent updates that are not stored.
    /// </summary>
    public static List<RecordedStreamUpdate> AssertStoredAreSentOnceInOrder(IReadOnlyList<Row> stored, IReadOnlyList<RecordedStreamUpdate> sent)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(sent);
        var sentByKey = sent.GroupBy(u => u.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var missing = new List<RecordedStreamUpdate>();
        foreach (IGrouping<string, Row> group in stored.GroupBy(r => r.Symbol, StringComparer.Ordinal))
        {
            Assert.True(sentByKey.ContainsKey(group.Key), $"{group.Key}: stored but never sent");
        }

        foreach ((string key, List<RecordedStreamUpdate> updates) in sentByKey)
        {
            List<Row> rows = [.. stored.Where(r => r.Symbol == key).OrderBy(r => r.RowId)];
            long[] sequences = [.. rows.Select(r => r.Sequence)];
            Assert.True(sequences.Distinct().Count() == sequences.Length, $"{key}: an update stored twice: {string.Join(',', sequences)}");
            Assert.True(sequences.SequenceEqual(sequences.Order()), $"{key}: stored out of order: {string.Join(',', sequences)}");
            foreach (Row row in rows)
            {
                Assert.InRange(row.Sequence, 1, updates.Count);
                AssertSame(updates[(int)row.Sequence - 1], row);
            }

            var present = sequences.ToHashSet();
            missing.AddRange(updates.Where((_, i) => !present.Contains(i + 1)));
        }

        return missing;
    }

    /// <summary>Asserts that <paramref name="row"/> carries the merged bid, ask, last, mark and volume of <paramref name="update"/>.</summary>
    public static void AssertSame(RecordedStreamUpdate update, Row row)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(row);
        bool options = update.Service == "LEVELONE_OPTIONS";
        string where = $"{update.Key} update {row.Sequence} (simulator #{update.Sequence})";
        Assert.True(Value(update, options ? 2 : 1) == row.Bid, $"{where}: bid {row.Bid}");
        Assert.True(Value(update, options ? 3 : 2) == row.Ask, $"{where}: ask {row.Ask}");
        Assert.True(Value(update, options ? 4 : 3) == row.Last, $"{where}: last {row.Last}");
        Assert.True(Value(update, options ? 37 : 33) == row.Mark, $"{where}: mark {row.Mark}");
        Assert.True(Value(update, 8) == row.TotalVolume, $"{where}: volume {row.TotalVolume}");
    }

    private static decimal? Value(RecordedStreamUpdate update, int field) =>
        update.State.TryGetValue(field, out object? value) ? value switch
        {
            decimal d => d,
            long l => l,
            int n => n,
            double x => decimal.Parse(x.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => null,
        } : null;

    private static decimal? Dec(SqliteDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : decimal.Parse(reader.GetString(i), NumberStyles.Float, CultureInfo.InvariantCulture);
}
