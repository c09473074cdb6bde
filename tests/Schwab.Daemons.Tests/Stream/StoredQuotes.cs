using System.Globalization;
using Microsoft.Data.Sqlite;
using Schwab.Simulator.Recording;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>Reads what the daemon stored and compares it with what the simulator served.</summary>
internal static class StoredQuotes
{
    public sealed record Row(string Symbol, string Timestamp, long Sequence, decimal? Bid, decimal? Ask, decimal? Last, decimal? Mark, long? TotalVolume);

    public static List<Row> Read(string databasePath, string table, string order)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT symbol, timestamp, sequence, bid, ask, last, mark, total_volume FROM {table} ORDER BY {order}";
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), Dec(reader, 3), Dec(reader, 4), Dec(reader, 5), Dec(reader, 6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7)));
        }

        return rows;
    }

    /// <summary>
    /// Asserts streaming_data holds exactly the served updates, symbol by symbol in order, with the merged values, and
    /// that LATEST_QUOTE holds each symbol's final served state.
    /// </summary>
    public static void AssertStoredEqualsServed(string databasePath, IReadOnlyList<RecordedStreamUpdate> served)
    {
        Assert.NotEmpty(served);
        List<Row> stored = Read(databasePath, "streaming_data", "symbol, timestamp, sequence");
        Assert.Equal(served.Count, stored.Count);
        var byKey = served.GroupBy(u => u.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var storedByKey = stored.GroupBy(r => r.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(byKey.Keys.Order(StringComparer.Ordinal), storedByKey.Keys.Order(StringComparer.Ordinal));
        foreach ((string key, List<RecordedStreamUpdate> updates) in byKey)
        {
            List<Row> rows = storedByKey[key];
            Assert.Equal(updates.Count, rows.Count);
            for (int i = 0; i < updates.Count; i++)
            {
                AssertSame(updates[i], rows[i]);
            }
        }

        List<Row> latest = Read(databasePath, "SCHWAB_LATEST_QUOTE", "symbol");
        Assert.Equal(byKey.Count, latest.Count);
        foreach (Row row in latest)
        {
            AssertSame(byKey[row.Symbol][^1], row);
        }
    }

    public static void AssertSame(RecordedStreamUpdate update, Row row)
    {
        bool options = update.Service == "LEVELONE_OPTIONS";
        string where = $"{update.Key} update {update.Sequence}";
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
