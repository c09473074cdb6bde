using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Schwab.Core.Data.Spill;

/// <summary>
/// Reads the whole records of a <see cref="SpillFile"/> between two byte offsets through a buffer of bounded size (positional
/// reads, so appends to the same file go on meanwhile). It stops at the first record whose length or CRC-32 does not check
/// out, or that ends past the last offset: a torn tail is never returned.
/// </summary>
/// <remarks>The buffer holds <c>chunkBytes</c>, and grows only to fit one record larger than that (at most 16 MB).</remarks>
internal sealed class SpillReader
{
    /// <summary>The default buffer size.</summary>
    public const int DefaultChunkBytes = 1024 * 1024;

    private readonly SafeFileHandle _file;
    private readonly long _end;
    private byte[] _buffer;
    private long _bufferOffset;
    private int _start;
    private int _filled;

    public SpillReader(SafeFileHandle file, long from, long to, int chunkBytes = DefaultChunkBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkBytes, SpillFile.HeaderLength);
        _file = file;
        _end = to;
        _bufferOffset = from;
        _buffer = new byte[(int)Math.Clamp(to - from, SpillFile.HeaderLength, chunkBytes)];
    }

    /// <summary>The offset just after the last record returned (where reading started, before the first).</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>The payload of the record <see cref="MoveNext"/> last returned; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>Moves to the next whole record; false at the end, or at a torn or corrupt record.</summary>
    public bool MoveNext()
    {
        Current = default;
        if (!Fill(SpillFile.HeaderLength))
        {
            return false;
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        if (length is < 0 or > SpillFile.MaxRecord || !Fill(SpillFile.HeaderLength + length))
        {
            return false;
        }

        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(_start + 4));
        ReadOnlyMemory<byte> payload = _buffer.AsMemory(_start + SpillFile.HeaderLength, length);
        if (Crc32.HashToUInt32(payload.Span) != crc)
        {
            return false;
        }

        Current = payload;
        _start += SpillFile.HeaderLength + length;
        return true;
    }

    /// <summary>Makes at least <paramref name="needed"/> unread bytes available, reading on from the file.</summary>
    private bool Fill(int needed)
    {
        if (_filled - _start >= needed)
        {
            return true;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _filled - _start);
            _bufferOffset += _start;
            _filled -= _start;
            _start = 0;
        }

        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, needed);
        }

        while (_filled < needed)
        {
            long at = _bufferOffset + _filled;
            int want = (int)Math.Min(_buffer.Length - _filled, _end - at);
            if (want <= 0)
            {
                return false;
            }

            int read = RandomAccess.Read(_file, _buffer.AsSpan(_filled, want), at);
            if (read == 0)
            {
                return false;
            }

            _filled += read;
        }

        return true;
    }
}
