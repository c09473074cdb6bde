using System.Text;
using Schwab.Core.Data.Spill;
using Schwab.Testing;

namespace Schwab.Core.Tests.Data.Spill;

public sealed class SpillFileTests
{
    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void ReadAll_AfterReopen_ReturnsRecordsInAppendOrder()
    {
        using var dir = new TempDirectory();
        string path = dir.File("spill/stream.spill");
        using (SpillFile spill = SpillFile.Open(path))
        {
            spill.Append(Bytes("one"));
            spill.Append(Bytes("two"));
            spill.Append([]);
        }

        using SpillFile reopened = SpillFile.Open(path);

        Assert.Equal(["one", "two", ""], reopened.ReadAll().Select(r => Encoding.UTF8.GetString(r)));
    }

    [Fact]
    public void Open_TornLastRecord_DropsOnlyItAndAppendsAfterTheLastWholeOne()
    {
        using var dir = new TempDirectory();
        string path = dir.File("stream.spill");
        using (SpillFile spill = SpillFile.Open(path))
        {
            spill.Append(Bytes("kept"));
            spill.Append(Bytes("torn-by-a-kill"));
        }

        // A kill mid-write leaves part of the last frame: cut the file inside it.
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(stream.Length - 5);
        }

        using SpillFile reopened = SpillFile.Open(path);
        reopened.Append(Bytes("after"));

        Assert.Equal(["kept", "after"], reopened.ReadAll().Select(r => Encoding.UTF8.GetString(r)));
    }

    [Fact]
    public void Open_CorruptedPayload_FailsItsChecksumAndIsNotReplayed()
    {
        using var dir = new TempDirectory();
        string path = dir.File("stream.spill");
        using (SpillFile spill = SpillFile.Open(path))
        {
            spill.Append(Bytes("good"));
            spill.Append(Bytes("flipped"));
        }

        byte[] content = File.ReadAllBytes(path);
        content[^1] ^= 0xFF;
        File.WriteAllBytes(path, content);

        using SpillFile reopened = SpillFile.Open(path);

        Assert.Equal(["good"], reopened.ReadAll().Select(r => Encoding.UTF8.GetString(r)));
    }

    [Fact]
    public void Clear_AfterReplay_LeavesAnEmptyFile()
    {
        using var dir = new TempDirectory();
        using SpillFile spill = SpillFile.Open(dir.File("stream.spill"));
        spill.Append(Bytes("x"));

        spill.Clear();

        Assert.Empty(spill.ReadAll());
        Assert.Equal(0, spill.Length);
    }
}
