using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Schwab.Core.Data.Spill;

/// <summary>
/// An append-only file of records that must not be lost while the database cannot take them (schwab-stream).
/// Each record is framed as a 4-byte length, a 4-byte CRC-32 and the payload, written with one <c>write</c> call.
/// </summary>
/// <remarks>
/// "Acknowledged" means <see cref="Append"/> returned: the bytes are in the kernel's page cache, so they survive
/// SIGKILL of this process (not a power cut unless <see cref="Flush"/> with <c>durable</c> ran). A record cut short by a
/// kill mid-write fails its length or CRC check on replay and is dropped with everything after it — it was never
/// acknowledged. Replay returns records in the order they were appended, read in bounded chunks (<see cref="Read"/>), so a
/// file of any size replays in a fixed amount of memory.
/// </remarks>
internal sealed class SpillFile : IDisposable
{
    /// <summary>Bytes before each payload: its length and its CRC-32, little-endian.</summary>
    internal const int HeaderLength = 8;

    /// <summary>The largest payload a record may have.</summary>
    internal const int MaxRecord = 16 * 1024 * 1024;

    private readonly FileStream _stream;
    private readonly SafeFileHandle _handle;
    private readonly Lock _gate = new();
    private byte[] _frames = [];

    private SpillFile(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
        _handle = stream.SafeFileHandle;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The bytes appended and not yet discarded; every record before this offset is whole (no append is in progress).</summary>
    public long Length
    {
        get
        {
            lock (_gate)
            {
                return _stream.Length;
            }
        }
    }

    /// <summary>Opens (or creates) the spill file, cutting off a torn record left by a crash so appends continue after the last whole one.</summary>
    public static SpillFile Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        var scan = new SpillReader(stream.SafeFileHandle, 0, stream.Length);
        while (scan.MoveNext())
        {
        }

        stream.SetLength(scan.Position);
        stream.Seek(0, SeekOrigin.End);
        return new SpillFile(path, stream);
    }

    /// <summary>Appends one record; when this returns the record survives a kill of the process.</summary>
    public void Append(ReadOnlySpan<byte> payload)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payload.Length, MaxRecord);
        byte[] frame = new byte[HeaderLength + payload.Length];
        WriteFrame(frame, payload);
        lock (_gate)
        {
            // Unbuffered stream (buffer size 1): this is one write(2) of the whole frame.
            _stream.Write(frame);
        }
    }

    /// <summary>
    /// Appends several records with one <c>write</c>; when this returns they all survive a kill of the process. A kill during
    /// the call leaves a torn tail, which replay drops (none of them was acknowledged yet).
    /// </summary>
    public void AppendRange(IReadOnlyList<byte[]> payloads)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        lock (_gate)
        {
            int length = 0;
            foreach (byte[] payload in payloads)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThan(payload.Length, MaxRecord);
                length += HeaderLength + payload.Length;
            }

            if (_frames.Length < length)
            {
                _frames = new byte[Math.Max(length, Math.Min(2 * _frames.Length, 4 * 1024 * 1024))];
            }

            int at = 0;
            foreach (byte[] payload in payloads)
            {
                at += WriteFrame(_frames.AsSpan(at), payload);
            }

            _stream.Write(_frames, 0, at);
            if (_frames.Length > 4 * 1024 * 1024)
            {
                _frames = []; // a rare huge batch: do not keep its buffer
            }
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

    /// <summary>
    /// A reader of the whole records between byte offsets <paramref name="from"/> (a record boundary: 0, or a reader's
    /// <see cref="SpillReader.Position"/>) and <paramref name="to"/> (e.g. <see cref="Length"/>), in append order, holding at
    /// most <paramref name="chunkBytes"/> in memory. Appends may go on while it reads.
    /// </summary>
    public SpillReader Read(long from, long to, int chunkBytes = SpillReader.DefaultChunkBytes) => new(_handle, from, to, chunkBytes);

    /// <summary>Every whole record, in append order (all in memory: for small files and tests; replay uses <see cref="Read"/>).</summary>
    public IReadOnlyList<byte[]> ReadAll()
    {
        var records = new List<byte[]>();
        SpillReader reader = Read(0, Length);
        while (reader.MoveNext())
        {
            records.Add(reader.Current.ToArray());
        }

        return records;
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

    /// <summary>Writes the header and <paramref name="payload"/> at the start of <paramref name="destination"/>.</summary>
    /// <returns>The frame's length.</returns>
    private static int WriteFrame(Span<byte> destination, ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], Crc32.HashToUInt32(payload));
        payload.CopyTo(destination[HeaderLength..]);
        return HeaderLength + payload.Length;
    }
}
