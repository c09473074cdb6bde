using Schwab.Core.Data.Spill;
using Schwab.Core.Data.Streaming;
using Schwab.Testing;

namespace Schwab.Core.Tests.Data.Streaming;

public sealed class SpilledRowsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void InOrder_InterleavedAppendsAndPendingRows_MergesInReceiveOrder()
    {
        using var dir = new TempDirectory();
        using SpillFile spill = SpillFile.Open(dir.File("stream.spill"));

        // The receive loop spilled 6..8 (buffer full) before the writer spilled its older batch 1..5, then 9, then 10..11.
        Append(spill, 6, 7, 8);
        spill.AppendRange([.. new long[] { 1, 2, 3, 4, 5 }.Select(o => StreamingRowCodec.Encode(Row(o)))]);
        Append(spill, 9);
        Append(spill, 10, 11);
        SpilledRows region = SpilledRows.Scan(spill, 0, spill.Length);

        List<long> merged = [.. region.InOrder([Row(0), Row(12), Row(13)]).Select(r => r.Ordinal)];

        Assert.Equal(Enumerable.Range(0, 14).Select(i => (long)i), merged);
        Assert.Equal((11, 11L, spill.Length), (region.Count, region.MaxOrdinal, region.End));
    }

    [Fact]
    public void Scan_TornTail_CountsAndMergesOnlyTheWholeRecords()
    {
        using var dir = new TempDirectory();
        string path = dir.File("stream.spill");
        using (SpillFile spill = SpillFile.Open(path))
        {
            Append(spill, [.. Enumerable.Range(1, 5000).Select(i => (long)i)]);
        }

        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(stream.Length - 7);
        }

        using SpillFile reopened = SpillFile.Open(path);
        SpilledRows region = SpilledRows.Scan(reopened, 0, reopened.Length);

        Assert.True(reopened.Length > 4 * SpilledRows.RunChunkBytes);
        Assert.Equal((4999, 4999L), (region.Count, region.MaxOrdinal));
        Assert.Equal(Enumerable.Range(1, 4999).Select(i => (long)i), region.InOrder([]).Select(r => r.Ordinal));
        Assert.Equal(Row(4999), region.InOrder([]).Last());
    }

    private static void Append(SpillFile spill, params long[] ordinals)
    {
        foreach (long ordinal in ordinals)
        {
            spill.Append(StreamingRowCodec.Encode(Row(ordinal)));
        }
    }

    private static StreamingRow Row(long ordinal) => new()
    {
        Ordinal = ordinal,
        Timestamp = At.AddMilliseconds(ordinal),
        Sequence = ordinal,
        Service = "LEVELONE_EQUITIES",
        Symbol = "$SPX",
        Last = 5900m + (ordinal / 100m),
        TotalVolume = ordinal * 10,
    };
}
