using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Data.Spill;
using Schwab.Testing;

namespace Schwab.Core.Tests.Data.Spill;

public sealed class SpillDamageTests : IDisposable
{
    private const int DamageSkipped = 1130;
    private const int SmallChunk = 64;

    private readonly TempDirectory _dir = new();
    private readonly FakeLogger _logger = new();

    [Fact]
    public void Open_FlippedByteInRecord5BadLengthInTheMiddleAndTornTail_KeepsEveryIntactRecordWarnsPerSpanAndKeepsTheBytes()
    {
        (string path, List<long> offsets) = Write(40);
        Tear(path, "torn by a kill");
        Flip(path, offsets[4] + SpillFrame.HeaderLength + 2);
        WriteLength(path, offsets[20], int.MaxValue);
        byte[] damaged = File.ReadAllBytes(path);

        using SpillFile spill = SpillFile.Open(path, _logger);

        string[] expected = [.. Enumerable.Range(0, 40).Where(i => i is not 4 and not 20).Select(Record)];
        Assert.Equal(expected, Strings(spill.ReadAll()));
        Assert.Equal(expected, Strings(spill.Read(0, spill.Length, SmallChunk)));
        Assert.Equal(offsets[40], spill.Length); // the torn tail is cut, nothing else
        Assert.Equal(new SpillRecovery(38, 2, FrameLength(4) + FrameLength(20), 14 + SpillFrame.HeaderLength - 3), spill.Recovered);
        List<FakeLogRecord> warnings = Warnings();
        Assert.Equal(2, warnings.Count);
        AssertSpan(warnings[0], path, offsets[4], FrameLength(4), 1, damaged);
        AssertSpan(warnings[1], path, offsets[20], FrameLength(20), 1, damaged);
        Assert.Equal(2, Directory.GetFiles(Path.GetDirectoryName(path)!, "*.damaged-*").Length);
    }

    [Fact]
    public void Open_PlausibleButWrongLength_CostsThatRecordOnly()
    {
        (string path, List<long> offsets) = Write(10);
        WriteLength(path, offsets[5], 3 * (int)FrameLength(0));

        using SpillFile spill = SpillFile.Open(path, _logger);

        Assert.Equal(Enumerable.Range(0, 10).Where(i => i != 5).Select(Record), Strings(spill.ReadAll()));
        AssertSpan(Assert.Single(Warnings()), path, offsets[5], FrameLength(5), 1, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_DamagedFirstRecord_KeepsAllTheOthers()
    {
        (string path, _) = Write(10);
        Flip(path, 0);

        using SpillFile spill = SpillFile.Open(path, _logger);

        Assert.Equal(Enumerable.Range(1, 9).Select(Record), Strings(spill.ReadAll()));
        AssertSpan(Assert.Single(Warnings()), path, 0, FrameLength(0), 1, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_TwoAdjacentDamagedRecords_OneSpanCountingBoth()
    {
        (string path, List<long> offsets) = Write(10);
        Flip(path, offsets[3] + 5);
        Flip(path, offsets[4] + SpillFrame.HeaderLength);

        using SpillFile spill = SpillFile.Open(path, _logger);

        Assert.Equal(Enumerable.Range(0, 10).Where(i => i is not 3 and not 4).Select(Record), Strings(spill.ReadAll()));
        AssertSpan(Assert.Single(Warnings()), path, offsets[3], FrameLength(3) + FrameLength(4), 2, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_MarkerInsideADamagedPayload_StartsNoFalseRecord()
    {
        string path = _dir.File("stream.spill");
        byte[] fake = new byte[SpillFrame.HeaderLength + 4];
        SpillFrame.Write(fake, "fake"u8);
        fake[4] ^= 0xFF; // a marker and a header, but a CRC that does not check out
        byte[] payload = [.. "before "u8, .. fake, .. SpillFrame.Marker, .. " after"u8];
        using (SpillFile writer = SpillFile.Open(path))
        {
            writer.Append("first"u8);
            writer.Append(payload);
            writer.Append("last"u8);
        }

        using (SpillFile intact = SpillFile.Open(path, _logger))
        {
            Assert.Equal(payload, intact.ReadAll()[1]);
            Assert.Equal(3, intact.Recovered.Records);
        }

        Flip(path, SpillFrame.HeaderLength + 5 + 4); // the CRC of the record holding the markers, after "first"

        using SpillFile spill = SpillFile.Open(path, _logger);

        Assert.Equal(["first", "last"], Strings(spill.ReadAll()));
        FakeLogRecord warning = Assert.Single(Warnings());
        Assert.Equal(SpillFrame.HeaderLength + payload.Length, Value(warning, "Length"));
    }

    [Fact]
    public void Open_DamagedLastWholeRecord_IsWarnedAboutNotTakenForATornTail()
    {
        (string path, List<long> offsets) = Write(5);
        Flip(path, offsets[5] - 1);

        using SpillFile spill = SpillFile.Open(path, _logger);

        Assert.Equal(Enumerable.Range(0, 4).Select(Record), Strings(spill.ReadAll()));
        AssertSpan(Assert.Single(Warnings()), path, offsets[4], FrameLength(4), 1, File.ReadAllBytes(path));
        Assert.Equal(offsets[5], spill.Length);
    }

    [Fact]
    public void Open_DamagedBytesCannotBeKeptAside_ThrowsAndLeavesTheFile()
    {
        (string path, List<long> offsets) = Write(5);
        Flip(path, offsets[2] + SpillFrame.HeaderLength);
        byte[] before = File.ReadAllBytes(path);
        Directory.CreateDirectory(SpillDamageCopy.PathFor(path, offsets[2]));

        IOException error = Assert.Throws<IOException>(() => SpillFile.Open(path, _logger));

        Assert.Contains("damaged bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_CopyOfAnEarlierIncidentAtTheSameOffset_IsKeptAndTheNewCopyGetsTheNextName()
    {
        (string path, List<long> offsets) = Write(5);
        Flip(path, offsets[1] + SpillFrame.HeaderLength);
        string earlier = SpillDamageCopy.PathFor(path, offsets[1]);
        File.WriteAllText(earlier, "earlier incident");

        using SpillFile spill = SpillFile.Open(path, _logger);

        Assert.Equal("earlier incident", File.ReadAllText(earlier));
        Assert.Contains(earlier + ".2", Assert.Single(Warnings()).Message, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(path).AsSpan((int)offsets[1], (int)FrameLength(1)).ToArray(), File.ReadAllBytes(earlier + ".2"));
    }

    [Fact]
    public void Read_DamagedSpanManyTimesTheChunk_ResynchronisesAcrossChunksAndCountsIt()
    {
        (string path, List<long> offsets) = Write(200);
        Patch(path, offsets[50] + 1, b => b.Fill(0x5A), (int)(offsets[90] - offsets[50] - 1));
        using SpillFile spill = SpillFile.Open(path, _logger);

        SpillReader reader = spill.Read(0, spill.Length, SmallChunk);
        List<string> read = Strings(reader);

        Assert.Equal(Enumerable.Range(0, 200).Where(i => i is < 50 or >= 90).Select(Record), read);
        Assert.Equal(1, reader.DamagedSpans);
        Assert.Equal(offsets[90] - offsets[50], reader.DamagedBytes);
        Assert.Equal(0, reader.TornBytes);
        Assert.Equal(spill.Length, reader.Position);
        AssertSpan(Assert.Single(Warnings()), path, offsets[50], offsets[90] - offsets[50], 1, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_EarlierFormatFile_ReadsItsRecordsAndAppendsAfterThem()
    {
        string path = _dir.File("stream.spill");
        using (var stream = File.Create(path))
        {
            foreach (string record in new[] { "old 1", "old 2" })
            {
                byte[] payload = Encoding.UTF8.GetBytes(record);
                byte[] header = new byte[SpillFrame.LegacyHeaderLength];
                BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
                BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), System.IO.Hashing.Crc32.HashToUInt32(payload));
                stream.Write([.. header, .. payload]);
            }
        }

        using SpillFile spill = SpillFile.Open(path, _logger);
        spill.Append("new"u8);

        Assert.Equal(["old 1", "old 2", "new"], Strings(spill.ReadAll()));
        Assert.Empty(Warnings());
    }

    public void Dispose() => _dir.Dispose();

    private static string Record(int i) => $"record {i:D4} " + new string('x', i % 7);

    private static long FrameLength(int i) => SpillFrame.HeaderLength + Encoding.UTF8.GetByteCount(Record(i));

    private static List<string> Strings(IEnumerable<byte[]> records) => [.. records.Select(r => Encoding.UTF8.GetString(r))];

    private static List<string> Strings(SpillReader reader)
    {
        var records = new List<string>();
        while (reader.MoveNext())
        {
            records.Add(Encoding.UTF8.GetString(reader.Current.Span));
        }

        return records;
    }

    private static void Flip(string path, long offset) => Patch(path, offset, b => b[0] ^= 0x10, 1);

    private static void WriteLength(string path, long recordOffset, int length) =>
        Patch(path, recordOffset + 8, b => BinaryPrimitives.WriteInt32LittleEndian(b, length), 4);

    private static void Patch(string path, long offset, SpanAction edit, int count)
    {
        byte[] content = File.ReadAllBytes(path);
        edit(content.AsSpan((int)offset, count));
        File.WriteAllBytes(path, content);
    }

    private static void Tear(string path, string record)
    {
        using (SpillFile spill = SpillFile.Open(path))
        {
            spill.Append(Encoding.UTF8.GetBytes(record));
        }

        using var stream = new FileStream(path, FileMode.Open);
        stream.SetLength(stream.Length - 3);
    }

    private static long Value(FakeLogRecord record, string name) =>
        Convert.ToInt64(record.StructuredState!.Single(p => p.Key == name).Value, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertSpan(FakeLogRecord warning, string path, long offset, long length, int records, byte[] file)
    {
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(offset, Value(warning, "Offset"));
        Assert.Equal(length, Value(warning, "Length"));
        Assert.Equal(records, Value(warning, "Records"));
        string copy = SpillDamageCopy.PathFor(path, offset);
        Assert.Contains(copy, warning.Message, StringComparison.Ordinal);
        Assert.Equal(file.AsSpan((int)offset, (int)length).ToArray(), File.ReadAllBytes(copy));
    }

    private (string Path, List<long> Offsets) Write(int count)
    {
        string path = _dir.File("stream.spill");
        var offsets = new List<long>();
        using SpillFile spill = SpillFile.Open(path);
        for (int i = 0; i < count; i++)
        {
            offsets.Add(spill.Length);
            spill.Append(Encoding.UTF8.GetBytes(Record(i)));
        }

        offsets.Add(spill.Length);
        return (path, offsets);
    }

    private List<FakeLogRecord> Warnings() => [.. _logger.Collector.GetSnapshot().Where(r => r.Id.Id == DamageSkipped)];

    private delegate void SpanAction(Span<byte> bytes);
}
