using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace Schwab.Core.Data.Spill;

/// <summary>Keeps the bytes of a damaged span of a spill file aside, next to it, for inspection.</summary>
internal static class SpillDamageCopy
{
    /// <summary>
    /// Where the damaged span of <paramref name="path"/> that starts at byte <paramref name="offset"/> is kept (with
    /// <c>.2</c>, <c>.3</c>, … appended when that name is taken: an earlier copy is never overwritten).
    /// </summary>
    public static string PathFor(string path, long offset) => string.Create(CultureInfo.InvariantCulture, $"{path}.damaged-{offset}");

    /// <summary>Copies the span's bytes from <paramref name="file"/> to a new file and flushes it to the device.</summary>
    /// <returns>The copy's path.</returns>
    /// <exception cref="IOException">The copy could not be made.</exception>
    public static string Keep(SafeFileHandle file, string path, SpillDamage damage)
    {
        string copy = PathFor(path, damage.Offset);
        for (int n = 2; File.Exists(copy); n++)
        {
            // A copy kept from an earlier incident (or an earlier start before replay) is never overwritten.
            copy = string.Create(CultureInfo.InvariantCulture, $"{PathFor(path, damage.Offset)}.{n}");
        }

        try
        {
            using var target = new FileStream(copy, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            byte[] chunk = new byte[(int)Math.Min(damage.Length, SpillReader.DefaultChunkBytes)];
            for (long done = 0; done < damage.Length;)
            {
                int read = RandomAccess.Read(file, chunk.AsSpan(0, (int)Math.Min(chunk.Length, damage.Length - done)), damage.Offset + done);
                if (read == 0)
                {
                    throw new EndOfStreamException($"the file ended at byte {damage.Offset + done}");
                }

                target.Write(chunk, 0, read);
                done += read;
            }

            target.Flush(flushToDisk: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Replay empties the spill file afterwards: without a copy the damaged bytes would be gone for good.
            throw new IOException($"Cannot keep the damaged bytes {damage.Offset}+{damage.Length} of the spill file {path} aside in {copy}: {ex.Message}", ex);
        }

        return copy;
    }
}
