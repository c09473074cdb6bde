using Schwab.Core.Data.Spill;
using Schwab.Core.Data.Streaming;

namespace Schwab.Testing.Streaming;

/// <summary>Reads schwab-stream's spill file from outside the daemon, without touching it.</summary>
public static class SpillFileReader
{
    /// <summary>Every whole record of the spill file at <paramref name="path"/> (none when it does not exist), in append order.</summary>
    /// <remarks>Reads a copy: opening the file itself would cut a torn tail the daemon may still be writing.</remarks>
    public static IReadOnlyList<SpilledRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var dir = new TempDirectory();
        string copy = dir.File("stream.spill");
        File.Copy(path, copy);
        using SpillFile spill = SpillFile.Open(copy);
        return [.. spill.ReadAll().Select(StreamingRowCodec.Decode).Select(r => new SpilledRow(r.Symbol, r.Sequence, r.Timestamp, r.Ordinal))];
    }
}
