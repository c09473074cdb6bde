using System.Buffers.Binary;
using System.IO.Hashing;

namespace Schwab.Core.Data.Spill;

/// <summary>
/// How a spill record is laid out: a 4-byte sync marker, a CRC-32 (little-endian) over the length and the payload, the
/// payload's length (4 bytes, little-endian), then the payload.
/// </summary>
/// <remarks>
/// The marker lets a reader find the next record after a damaged one; the CRC covers the length, so a damaged length is
/// caught like a damaged payload, and a marker that happens to occur inside a payload does not start a false record.
/// Files written before the marker existed (length, CRC-32 over the payload, payload) are still read: their records
/// start with a length of at most 16 MB, which never equals the marker (its last byte has the high bit set).
/// </remarks>
internal static class SpillFrame
{
    /// <summary>Bytes before each payload: marker, CRC-32 and length.</summary>
    public const int HeaderLength = 12;

    /// <summary>Bytes before each payload in the earlier format: length and CRC-32.</summary>
    public const int LegacyHeaderLength = 8;

    /// <summary>The largest payload a record may have.</summary>
    public const int MaxRecord = 16 * 1024 * 1024;

    /// <summary>The sync marker that starts every record.</summary>
    public static ReadOnlySpan<byte> Marker => [0xA5, 0x5A, 0x53, 0xF1];

    /// <summary>Writes the frame of <paramref name="payload"/> at the start of <paramref name="destination"/>.</summary>
    /// <returns>The frame's length.</returns>
    public static int Write(Span<byte> destination, ReadOnlySpan<byte> payload)
    {
        Marker.CopyTo(destination);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], payload.Length);
        payload.CopyTo(destination[HeaderLength..]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], Crc32.HashToUInt32(destination[8..(HeaderLength + payload.Length)]));
        return HeaderLength + payload.Length;
    }

    /// <summary>
    /// Whether the bytes from a failed record to the end (<paramref name="remaining"/> of them, starting with
    /// <paramref name="head"/>) are the start of one record cut short by a kill mid-write, rather than damage.
    /// </summary>
    public static bool IsTornTail(ReadOnlySpan<byte> head, long remaining)
    {
        if (remaining < Marker.Length)
        {
            return true;
        }

        if (head[..Marker.Length].SequenceEqual(Marker))
        {
            return remaining < HeaderLength || FitsNot(BinaryPrimitives.ReadInt32LittleEndian(head[8..]), HeaderLength, remaining);
        }

        return FitsNot(BinaryPrimitives.ReadInt32LittleEndian(head), LegacyHeaderLength, remaining);

        static bool FitsNot(int length, int header, long remaining) => length is >= 0 and <= MaxRecord && header + length > remaining;
    }
}
