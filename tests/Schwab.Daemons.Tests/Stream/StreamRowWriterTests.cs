using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Data.Spill;
using Schwab.Core.Data.Streaming;
using Schwab.Core.Hosting;
using Schwab.Daemons.Stream;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

public sealed class StreamRowWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
    private readonly LevelOneStateCache _cache = new();

    [Fact]
    public async Task RunAsync_Completed_CommitsEveryAcceptedRowInBatches()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        (StreamRowWriter writer, _) = Create();
        List<LevelOneUpdate> updates = Updates(25);
        using (writer)
        {
            updates.ForEach(writer.Accept);
            writer.Complete();
            await writer.RunAsync().WaitAsync(TestTimeouts.Guard);

            Assert.Equal(25, writer.Committed);
            Assert.Equal(0, writer.Spilled);
        }

        AssertStored(updates);
    }

    [Fact]
    public async Task RunAsync_DatabaseDownAtStop_SpillsEverythingAndTheNextRunReplaysItInOrder()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        (StreamRowWriter writer, SwitchableConnectionFactory database) = Create();
        List<LevelOneUpdate> updates = Updates(30);
        database.Down = true;
        string spillPath;
        using (writer)
        {
            updates.ForEach(writer.Accept); // buffer of 10: the other 20 go straight to the spill file
            writer.Complete();
            await writer.RunAsync().WaitAsync(TestTimeouts.Guard);

            Assert.Equal(0, writer.Committed);
            Assert.Equal(30, writer.Spilled);
            spillPath = writer.SpillPath!;
        }

        // Acknowledged: every received row is in the spill file, whole, even though the database never answered.
        using (SpillFile file = SpillFile.Open(spillPath))
        {
            Assert.Equal(30, file.ReadAll().Count);
        }

        (StreamRowWriter restarted, _) = Create();
        using (restarted)
        {
            restarted.Open();
            Assert.Equal(30, restarted.Spilled);
            restarted.Complete();
            await restarted.RunAsync().WaitAsync(TestTimeouts.Guard);

            Assert.Equal(30, restarted.Committed);
            Assert.Equal(0, restarted.Spilled);
        }

        Assert.Equal(0, new FileInfo(spillPath).Length);
        AssertStored(updates);
    }

    [Fact]
    public void Codec_Row_RoundTrips()
    {
        StreamingRow row = StreamingRow.From(Updates(3)[2], 42);

        Assert.Equal(row, StreamingRowCodec.Decode(StreamingRowCodec.Encode(row)));
    }

    public void Dispose() => _dir.Dispose();

    private string DatabasePath => _dir.File("pipeline.db");

    private (StreamRowWriter Writer, SwitchableConnectionFactory Database) Create()
    {
        var database = new SwitchableConnectionFactory(new SqliteConnectionFactory(
            Options.Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }), NullLogger<SqliteConnectionFactory>.Instance));
        var options = new StreamOptions { BatchSize = 10, BufferCapacity = 10, SpillDirectory = _dir.File("spill") };
        var writer = new StreamRowWriter(new StreamingDataStore(database, new SqlServerNames("OPT", "CHAINS")), Options.Create(options), _time,
            new WorkLoopWatchdog(_time), NullLogger<StreamRowWriter>.Instance);
        return (writer, database);
    }

    /// <summary>Deltas for three symbols in turn, each moving bid/ask/last, merged as the streamer client merges them.</summary>
    private List<LevelOneUpdate> Updates(int count)
    {
        string[] keys = ["$SPX", "AAPL", "SPY"];
        var updates = new List<LevelOneUpdate>();
        for (int i = 0; i < count; i++)
        {
            decimal price = 100m + i;
            LevelOneFieldChange[] changes = i < 3
                ? [new(1, LevelOneValue.FromNumber(price - 0.1m)), new(2, LevelOneValue.FromNumber(price + 0.1m)), new(3, LevelOneValue.FromNumber(price)), new(8, LevelOneValue.FromNumber(1000 + i))]
                : [new(3, LevelOneValue.FromNumber(price)), new(33, LevelOneValue.FromNumber(price + 0.05m))];
            updates.Add(_cache.Merge(LevelOneFieldMap.Equities, keys[i % 3], changes, default, _time.GetUtcNow().AddMilliseconds(i), null));
        }

        return updates;
    }

    private void AssertStored(List<LevelOneUpdate> updates)
    {
        List<StoredQuotes.Row> rows = StoredQuotes.Read(DatabasePath, "streaming_data", "rowid");
        Assert.Equal(updates.Count, rows.Count);
        for (int i = 0; i < updates.Count; i++)
        {
            LevelOneSnapshot s = updates[i].State;
            Assert.Equal((updates[i].Key, updates[i].Sequence, s.Bid, s.Ask, s.Last, s.Mark, s.TotalVolume),
                (rows[i].Symbol, rows[i].Sequence, rows[i].Bid, rows[i].Ask, rows[i].Last, rows[i].Mark, rows[i].TotalVolume));
        }

        List<StoredQuotes.Row> latest = StoredQuotes.Read(DatabasePath, "SCHWAB_LATEST_QUOTE", "symbol");
        Assert.Equal(3, latest.Count);
        foreach (StoredQuotes.Row row in latest)
        {
            LevelOneUpdate last = updates.Last(u => u.Key == row.Symbol);
            Assert.Equal((last.Sequence, last.State.Last, last.State.Mark), (row.Sequence, row.Last, row.Mark));
        }
    }
}
