using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Win32.SafeHandles;

namespace Schwab.Core.Data.Spill;

/// <summary>
/// An append-only file of records that must not be lost while the database cannot take them (schwab-stream).
/// Each record is framed by <see cref="SpillFrame"/> (sync marker, CRC-32, length, payload), written with one <c>write</c> call.
/// </summary>
/// <remarks>
/// "Acknowledged" means <see cref="Append"/> returned: the bytes are in the kernel's page cache, so they survive
/// SIGKILL of this process (not a power cut unless <see cref="Flush"/> with <c>durable</c> ran). A record cut short by a
/// kill mid-write is a torn tail, cut off at <see cref="Open"/> — it was never acknowledged. A damaged record elsewhere
/// costs that record only: <see cref="Open"/> copies the damaged bytes aside and warns, and readers skip them to the next
/// record that checks out. Replay returns records in the order they were appended, read in bounded chunks
/// (<see cref="Read"/>), so a file of any size replays in a fixed amount of memory.
/// </remarks>
internal sealed class SpillFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly SafeFileHandle _handle;
    private readonly Lock _gate = new();
    private byte[] _frames = [];

    private SpillFile(string path, FileStream stream, SpillRecovery recovered)
    {
        Path = path;
        _stream = stream;
        _handle = stream.SafeFileHandle;
        Recovered = recovered;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>What <see cref="Open"/> found in the file: whole records, damaged spans (kept aside) and a torn tail (cut off).</summary>
    public SpillRecovery Recovered { get; }

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

    /// <summary>
    /// Opens (or creates) the spill file. A torn record left by a kill is cut off so appends continue after the last whole
    /// one; each damaged span elsewhere is copied aside (<see cref="SpillDamageCopy"/>) (flushed to the device) and logged as one
    /// warning, and stays in the file, where readers skip it, until the file is cleared after replay.
    /// </summary>
    /// <exception cref="IOException">A damaged span could not be kept aside (the file is left as it was).</exception>
    public static SpillFile Open(string path, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        try
        {
            SafeFileHandle handle = stream.SafeFileHandle;
            var scan = new SpillReader(handle, 0, stream.Length, damaged: damage =>
                Log.SpillDamageSkipped(logger, path, damage.Offset, damage.Length, damage.Records, SpillDamageCopy.Keep(handle, path, damage)));
            int records = 0;
            while (scan.MoveNext())
            {
                records++;
            }

            if (scan.TornBytes > 0)
            {
                Log.SpillTornTailCut(logger, path, scan.Position, scan.TornBytes);
            }

            stream.SetLength(scan.Position);
            stream.Seek(0, SeekOrigin.End);
            return new SpillFile(path, stream, new SpillRecovery(records, scan.DamagedSpans, scan.DamagedBytes, scan.TornBytes));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Appends one record; when this returns the record survives a kill of the process.</summary>
    public void Append(ReadOnlySpan<byte> payload)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payload.Length, SpillFrame.MaxRecord);
        byte[] frame = new byte[SpillFrame.HeaderLength + payload.Length];
        SpillFrame.Write(frame, payload);
        lock (_gate)
        {
            // Unbuffered stream (buffer size 1): this is one write(2) of the whole frame.
            _stream.Write(frame);
        }
    }

    /// <summary>
    /// Appends several records with one <c>write</c>; when this returns they all survive a kill of the process. A kill during
    /// the call leaves a torn tail, which the next <see cref="Open"/> cuts off (none of them was acknowledged yet).
    /// </summary>
    public void AppendRange(IReadOnlyList<byte[]> payloads)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        lock (_gate)
        {
            int length = 0;
            foreach (byte[] payload in payloads)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThan(payload.Length, SpillFrame.MaxRecord);
                length += SpillFrame.HeaderLength + payload.Length;
            }

            if (_frames.Length < length)
            {
                _frames = new byte[Math.Max(length, Math.Min(2 * _frames.Length, 4 * 1024 * 1024))];
            }

            int at = 0;
            foreach (byte[] payload in payloads)
            {
                at += SpillFrame.Write(_frames.AsSpan(at), payload);
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
    /// most <paramref name="chunkBytes"/> in memory. Appends may go on while it reads. It skips damaged spans without a word:
    /// <see cref="Open"/> reported them and kept their bytes.
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
}
