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

/// <summary>The write path's replay of a spill file larger than its read chunk: bounded reads, receive order, torn tail dropped.</summary>
public sealed class StreamRowWriterSpillTests : IDisposable
{
    private const int Rows = 9000;
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunAsync_SpillFileLargerThanTheChunkOutOfOrderWithATornTail_ReplaysEveryWholeRowInReceiveOrder()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        List<LevelOneUpdate> updates = Updates(Rows + 1);
        List<StreamingRow> rows = [.. updates.Select((u, i) => StreamingRow.From(u, i + 1))];
        string spillPath;
        using (StreamRowWriter first = Create())
        {
            first.Open();
            spillPath = first.SpillPath!;
        }

        // As a killed process leaves it: the receive loop spilled the newer rows while the writer held the older ones, which it
        // spilled after them; the last append was cut short by the kill.
        using (SpillFile spill = SpillFile.Open(spillPath))
        {
            spill.AppendRange([.. rows.Skip(4000).Take(Rows - 4000).Select(StreamingRowCodec.Encode)]);
            spill.AppendRange([.. rows.Take(4000).Select(StreamingRowCodec.Encode)]);
            spill.Append(StreamingRowCodec.Encode(rows[Rows]));
        }

        using (var stream = new FileStream(spillPath, FileMode.Open))
        {
            stream.SetLength(stream.Length - 5);
        }

        Assert.True(new FileInfo(spillPath).Length > SpillReader.DefaultChunkBytes);
        using (StreamRowWriter writer = Create())
        {
            writer.Open();
            Assert.Equal(Rows, writer.Spilled);
            writer.Accept(updates[Rows]); // the first update after the restart: its ordinal follows the spilled ones
            writer.Complete();
            await writer.RunAsync().WaitAsync(TestTimeouts.Guard);

            Assert.Equal((Rows + 1, 0L), (writer.Committed, writer.Spilled));
        }

        Assert.Equal(0, new FileInfo(spillPath).Length);
        List<StoredQuotes.Row> stored = StoredQuotes.Read(DatabasePath, "streaming_data", "rowid");
        Assert.Equal(updates.Select(u => (u.Key, u.Sequence, u.State.Last)), stored.Select(r => (r.Symbol, r.Sequence, r.Last)));
        List<StoredQuotes.Row> latest = StoredQuotes.Read(DatabasePath, "SCHWAB_LATEST_QUOTE", "symbol");
        Assert.Equal(
            updates.GroupBy(u => u.Key).Select(g => (g.Key, g.Last().Sequence, g.Last().State.Last)).OrderBy(x => x.Key, StringComparer.Ordinal),
            latest.Select(r => (r.Symbol, r.Sequence, r.Last)));
    }

    [Fact]
    public async Task RunAsync_BufferFillsAgainDuringAReplay_OlderBufferedRowsLandBeforeTheNewerSpilledOnes()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        List<LevelOneUpdate> updates = Updates(55);
        using StreamRowWriter writer = Create(batchSize: 10, bufferCapacity: 10);
        writer.Open();
        updates.Take(30).ToList().ForEach(writer.Accept); // 1..10 buffered, 11..30 spilled (buffer full)
        bool injected = false;
        writer.Progress += (_, _) =>
        {
            if (!injected && writer.Committed > 0)
            {
                // The replay took the buffer; while it commits, the receive loop fills it again (31..40) and spills 41..55.
                injected = true;
                updates.Skip(30).ToList().ForEach(writer.Accept);
                writer.Complete();
            }
        };

        await writer.RunAsync().WaitAsync(TestTimeouts.Guard);

        Assert.True(injected);
        Assert.Equal((55L, 0L), (writer.Committed, writer.Spilled));
        List<StoredQuotes.Row> stored = StoredQuotes.Read(DatabasePath, "streaming_data", "rowid");
        Assert.Equal(updates.Select(u => (u.Key, u.Sequence)), stored.Select(r => (r.Symbol, r.Sequence)));
    }

    public void Dispose() => _dir.Dispose();

    private string DatabasePath => _dir.File("pipeline.db");

    private StreamRowWriter Create(int batchSize = 1000, int bufferCapacity = 100)
    {
        var database = new SqliteConnectionFactory(
            Options.Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }), NullLogger<SqliteConnectionFactory>.Instance);
        var options = new StreamOptions { BatchSize = batchSize, BufferCapacity = bufferCapacity, SpillDirectory = _dir.File("spill") };
        return new StreamRowWriter(new StreamingDataStore(database, new SqlServerNames("OPT", "CHAINS")), Options.Create(options), _time,
            new WorkLoopWatchdog(_time), NullLogger<StreamRowWriter>.Instance);
    }

    /// <summary>Deltas for three symbols in turn, merged as the streamer client merges them.</summary>
    private List<LevelOneUpdate> Updates(int count)
    {
        var cache = new LevelOneStateCache();
        string[] keys = ["$SPX", "AAPL", "SPY"];
        var updates = new List<LevelOneUpdate>(count);
        for (int i = 0; i < count; i++)
        {
            decimal price = 100m + (i / 100m);
            LevelOneFieldChange[] changes = [new(1, LevelOneValue.FromNumber(price - 0.1m)), new(2, LevelOneValue.FromNumber(price + 0.1m)), new(3, LevelOneValue.FromNumber(price))];
            updates.Add(cache.Merge(LevelOneFieldMap.Equities, keys[i % 3], changes, default, _time.GetUtcNow().AddMilliseconds(i), null));
        }

        return updates;
    }
}
