using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Schwab.Core.Data.Spill;

/// <summary>
/// Reads the whole records of a <see cref="SpillFile"/> between two byte offsets through a buffer of bounded size (positional
/// reads, so appends to the same file go on meanwhile). After a record whose length or CRC-32 does not check out it scans
/// on for the next sync marker that starts a record which does: the span between is reported as damaged and skipped, and
/// nothing after it is lost. Only a torn tail (one record cut short at the last offset) ends the reading unreported.
/// </summary>
/// <remarks>The buffer holds <c>chunkBytes</c>, and grows only to fit one record larger than that (at most 16 MB).</remarks>
internal sealed class SpillReader
{
    /// <summary>The default buffer size.</summary>
    public const int DefaultChunkBytes = 1024 * 1024;

    private readonly SafeFileHandle _file;
    private readonly long _end;
    private readonly Action<SpillDamage>? _damaged;
    private byte[] _buffer;
    private long _bufferOffset;
    private int _start;
    private int _filled;

    /// <param name="file">The spill file.</param>
    /// <param name="from">A record boundary: 0, or an earlier reader's <see cref="Position"/>.</param>
    /// <param name="to">Where reading ends.</param>
    /// <param name="chunkBytes">The buffer size.</param>
    /// <param name="damaged">Called for each damaged span, before the record after it is returned.</param>
    public SpillReader(SafeFileHandle file, long from, long to, int chunkBytes = DefaultChunkBytes, Action<SpillDamage>? damaged = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkBytes, SpillFrame.HeaderLength);
        _file = file;
        _end = to;
        _damaged = damaged;
        _bufferOffset = from;
        _buffer = new byte[(int)Math.Clamp(to - from, SpillFrame.HeaderLength, chunkBytes)];
    }

    /// <summary>
    /// The offset just after the last record returned (where reading started, before the first); once reading ended, the
    /// start of a torn tail, or the last offset.
    /// </summary>
    public long Position => _bufferOffset + _start;

    /// <summary>The payload of the record <see cref="MoveNext"/> last returned; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>Damaged spans skipped so far.</summary>
    public int DamagedSpans { get; private set; }

    /// <summary>Bytes in the damaged spans skipped so far.</summary>
    public long DamagedBytes { get; private set; }

    /// <summary>The length of the torn tail reading ended at (0 when none).</summary>
    public long TornBytes { get; private set; }

    /// <summary>Moves to the next whole record, skipping damaged spans; false at the end or at a torn tail.</summary>
    public bool MoveNext()
    {
        Current = default;
        if (TryRecord())
        {
            return true;
        }

        long at = Position;
        long remaining = _end - at;
        if (remaining <= 0)
        {
            return false;
        }

        int head = (int)Math.Min(remaining, SpillFrame.HeaderLength);
        bool torn = !Fill(head) || SpillFrame.IsTornTail(_buffer.AsSpan(_start, head), remaining);
        int records = 1;
        _start++;
        while (NextMarker())
        {
            long next = Position;
            if (TryRecord())
            {
                Skipped(new SpillDamage(at, next - at, records));
                return true;
            }

            records++;
            _start++;
        }

        if (torn)
        {
            TornBytes = remaining;
            Seek(at);
        }
        else
        {
            Skipped(new SpillDamage(at, remaining, records));
            Seek(_end);
        }

        return false;
    }

    private void Skipped(SpillDamage damage)
    {
        DamagedSpans++;
        DamagedBytes += damage.Length;
        _damaged?.Invoke(damage);
    }

    /// <summary>Reads the record at the current offset if it is whole and checks out (and moves past it).</summary>
    private bool TryRecord()
    {
        if (!Fill(SpillFrame.Marker.Length))
        {
            return false;
        }

        bool legacy = !_buffer.AsSpan(_start, SpillFrame.Marker.Length).SequenceEqual(SpillFrame.Marker);
        int header = legacy ? SpillFrame.LegacyHeaderLength : SpillFrame.HeaderLength;
        if (!Fill(header))
        {
            return false;
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start + (legacy ? 0 : 8)));
        // An empty legacy record is refused: eight zero bytes would pass as one (the CRC-32 of nothing is 0).
        if (length < (legacy ? 1 : 0) || length > SpillFrame.MaxRecord || !Fill(header + length))
        {
            return false;
        }

        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(_start + 4));
        ReadOnlySpan<byte> covered = legacy ? _buffer.AsSpan(_start + header, length) : _buffer.AsSpan(_start + 8, 4 + length);
        if (Crc32.HashToUInt32(covered) != crc)
        {
            return false;
        }

        Current = _buffer.AsMemory(_start + header, length);
        _start += header + length;
        return true;
    }

    /// <summary>Moves to the next sync marker at or after the current offset; false when there is none before the end.</summary>
    private bool NextMarker()
    {
        while (Fill(SpillFrame.Marker.Length))
        {
            int found = _buffer.AsSpan(_start, _filled - _start).IndexOf(SpillFrame.Marker);
            if (found >= 0)
            {
                _start += found;
                return true;
            }

            _start = _filled - (SpillFrame.Marker.Length - 1); // a marker may straddle the next read
        }

        return false;
    }

    private void Seek(long offset)
    {
        _bufferOffset = offset;
        _start = 0;
        _filled = 0;
    }

    /// <summary>Makes at least <paramref name="needed"/> unread bytes available, reading on from the file.</summary>
    private bool Fill(int needed)
    {
        if (_filled - _start >= needed)
        {
            return true;
        }

        if (Position + needed > _end)
        {
            return false;
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
