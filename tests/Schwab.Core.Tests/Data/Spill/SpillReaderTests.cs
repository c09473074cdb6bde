using System.Text;
using Schwab.Core.Data.Spill;
using Schwab.Testing;

namespace Schwab.Core.Tests.Data.Spill;

public sealed class SpillReaderTests
{
    private const int SmallChunk = 64;

    [Fact]
    public void Read_FileManyTimesTheChunk_ReturnsEveryRecordInAppendOrder()
    {
        using var dir = new TempDirectory();
        using SpillFile spill = SpillFile.Open(dir.File("stream.spill"));
        string[] records = [.. Enumerable.Range(0, 500).Select(i => new string((char)('a' + (i % 26)), i % 40) + i)];
        foreach (string record in records)
        {
            spill.Append(Encoding.UTF8.GetBytes(record));
        }

        Assert.True(spill.Length > 100 * SmallChunk);

        Assert.Equal(records, ReadAll(spill.Read(0, spill.Length, SmallChunk)));
    }

    [Fact]
    public void Read_RecordLargerThanTheChunk_GrowsToFitItAndGoesOn()
    {
        using var dir = new TempDirectory();
        using SpillFile spill = SpillFile.Open(dir.File("stream.spill"));
        string big = new('x', 10 * SmallChunk);
        spill.Append("before"u8);
        spill.Append(Encoding.UTF8.GetBytes(big));
        spill.Append("after"u8);

        Assert.Equal(["before", big, "after"], ReadAll(spill.Read(0, spill.Length, SmallChunk)));
    }

    [Fact]
    public void Read_TornTailAfterManyChunks_StopsAtTheLastWholeRecordAndReopenCutsIt()
    {
        using var dir = new TempDirectory();
        string path = dir.File("stream.spill");
        long lastWholeEnd;
        using (SpillFile spill = SpillFile.Open(path))
        {
            for (int i = 0; i < 300; i++)
            {
                spill.Append(Encoding.UTF8.GetBytes($"record {i:D4}"));
            }

            lastWholeEnd = spill.Length;
            spill.Append("torn by a kill"u8);
        }

        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(stream.Length - 3);
        }

        using SpillFile reopened = SpillFile.Open(path);
        Assert.Equal(lastWholeEnd, reopened.Length);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            // Put the torn bytes back past the cut, as a reader racing a kill would meet them.
            stream.Seek(0, SeekOrigin.End);
            stream.Write([14, 0, 0, 0, 1, 2, 3, 4, (byte)'t']);
        }

        SpillReader reader = reopened.Read(0, new FileInfo(path).Length, SmallChunk);
        List<string> read = ReadAll(reader);

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"record {i:D4}"), read);
        Assert.Equal(lastWholeEnd, reader.Position);
    }

    [Fact]
    public void Read_FromAnEarlierPosition_ReturnsOnlyTheRecordsAppendedAfterIt()
    {
        using var dir = new TempDirectory();
        using SpillFile spill = SpillFile.Open(dir.File("stream.spill"));
        spill.Append("old"u8);
        SpillReader first = spill.Read(0, spill.Length);
        Assert.Equal(["old"], ReadAll(first));

        spill.AppendRange([Encoding.UTF8.GetBytes("new 1"), Encoding.UTF8.GetBytes("new 2"), []]);

        Assert.Equal(["new 1", "new 2", ""], ReadAll(spill.Read(first.Position, spill.Length, SmallChunk)));
        Assert.Equal(["old", "new 1", "new 2", ""], spill.ReadAll().Select(r => Encoding.UTF8.GetString(r)));
    }

    private static List<string> ReadAll(SpillReader reader)
    {
        var records = new List<string>();
        while (reader.MoveNext())
        {
            records.Add(Encoding.UTF8.GetString(reader.Current.Span));
        }

        return records;
    }
}
