using System.Buffers.Binary;
using System.IO.Hashing;

namespace Schwab.Core.Data.Spill;

/// <summary>
/// An append-only file of records that must not be lost while the database cannot take them (SPEC §7, schwab-stream).
/// Each record is framed as a 4-byte length, a 4-byte CRC-32 and the payload, written with one <c>write</c> call.
/// </summary>
/// <remarks>
/// "Acknowledged" means <see cref="Append"/> returned: the bytes are in the kernel's page cache, so they survive
/// SIGKILL of this process (not a power cut unless <see cref="Flush"/> with <c>durable</c> ran). A record cut short by a
/// kill mid-write fails its length or CRC check on replay and is dropped with everything after it — it was never
/// acknowledged. Replay returns records in the order they were appended.
/// </remarks>
internal sealed class SpillFile : IDisposable
{
    private const int HeaderLength = 8;
    private const int MaxRecord = 16 * 1024 * 1024;

    private readonly FileStream _stream;
    private readonly Lock _gate = new();

    private SpillFile(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The bytes appended and not yet discarded.</summary>
    public long Length => _stream.Length;

    /// <summary>Opens (or creates) the spill file, cutting off a torn record left by a crash so appends continue after the last whole one.</summary>
    public static SpillFile Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        long valid = ScanValidLength(stream);
        stream.SetLength(valid);
        stream.Seek(0, SeekOrigin.End);
        return new SpillFile(path, stream);
    }

    /// <summary>Appends one record; when this returns the record survives a kill of the process.</summary>
    public void Append(ReadOnlySpan<byte> payload)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payload.Length, MaxRecord);
        byte[] frame = new byte[HeaderLength + payload.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), Crc32.HashToUInt32(payload));
        payload.CopyTo(frame.AsSpan(HeaderLength));
        lock (_gate)
        {
            // Unbuffered stream (buffer size 1): this is one write(2) of the whole frame.
            _stream.Write(frame);
        }
    }

    /// <summary>Flushes to the device as well when <paramref name="durable"/> (fsync), for a power cut.</summary>
    public void Flush(bool durable)
    {
        lock (_gate)
        {
            _stream.Flush(durable);
        }
    }

    /// <summary>Every whole record, in append order.</summary>
    public IReadOnlyList<byte[]> ReadAll()
    {
        lock (_gate)
        {
            var records = new List<byte[]>();
            _stream.Seek(0, SeekOrigin.Begin);
            while (TryRead(_stream, out byte[]? record))
            {
                records.Add(record!);
            }

            _stream.Seek(0, SeekOrigin.End);
            return records;
        }
    }

    /// <summary>Discards every record (after they were committed to the database).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _stream.SetLength(0);
            _stream.Flush(flushToDisk: true);
        }
    }

    public void Dispose() => _stream.Dispose();

    private static long ScanValidLength(FileStream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        long valid = 0;
        while (TryRead(stream, out _))
        {
            valid = stream.Position;
        }

        return valid;
    }

    private static bool TryRead(Stream stream, out byte[]? record)
    {
        record = null;
        Span<byte> header = stackalloc byte[HeaderLength];
        if (stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength)
        {
            return false;
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxRecord)
        {
            return false;
        }

        byte[] payload = new byte[length];
        if (stream.ReadAtLeast(payload, length, throwOnEndOfStream: false) < length
            || Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(header[4..]))
        {
            return false;
        }

        record = payload;
        return true;
    }
}
