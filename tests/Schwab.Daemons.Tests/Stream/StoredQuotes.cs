using Schwab.Simulator.Recording;
using Schwab.Testing.Streaming;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>Reads what the daemon stored and compares it with what the simulator served (rows and reading: <see cref="StoredStreamRows"/>).</summary>
internal abstract class StoredQuotes : StoredStreamRows
{
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
}
