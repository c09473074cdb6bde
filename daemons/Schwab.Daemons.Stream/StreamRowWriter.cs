using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data.Spill;
using Schwab.Core.Data.Streaming;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Stream;

/// <summary>
/// The write path between the receive loop and the database: a bounded in-memory buffer, a writer that commits batches
/// (<see cref="StreamOptions.BatchSize"/> rows or <see cref="StreamOptions.BatchWindow"/>, whichever comes first) in one
/// transaction each, and an append-only spill file for whatever the buffer or the database cannot take.
/// </summary>
/// <remarks>
/// <para>
/// <b>Acknowledged</b> means a received update is either committed to the database (its batch's transaction committed)
/// or appended to the spill file (<see cref="SpillFile.Append"/> returned, so the bytes are in the kernel and survive
/// SIGKILL of this process). Rows still in the in-memory buffer are not yet acknowledged: SIGTERM flushes them (to the
/// database or, failing that, the spill file) before exit; SIGKILL loses only them.
/// </para>
/// <para>
/// <see cref="Accept"/> never waits: when the buffer is full the row goes straight to the spill file. When a write
/// fails the batch goes to the spill file and the database is retried after a second, doubling up to 15 s; once it answers, the spill file
/// and the buffered rows are written in receive order (<see cref="StreamingRow.Ordinal"/>) before anything newer, and
/// the file is emptied. A spill file left by a killed process is replayed first at start.
/// </para>
/// <para>
/// Every received row is counted exactly once as committed, waiting in the spill file, still in memory, or lost (only when
/// the spill folder's disk is full while the database is down): see <see cref="Counts"/>. After <see cref="Complete"/>
/// for a stop, a database write gets at most <see cref="StopWriteBudget"/>; then it is abandoned and its rows are spilled, so a stop
/// during an outage ends within systemd's TimeoutStopSec whatever the busy timeout is.
/// </para>
/// </remarks>
internal sealed partial class StreamRowWriter : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryInterval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan IdleWake = TimeSpan.FromSeconds(1);

    /// <summary>How long database writes may go on after <see cref="Complete"/> before their rows go to the spill file instead.</summary>
    internal static readonly TimeSpan StopWriteBudget = TimeSpan.FromSeconds(10);

    private readonly StreamingDataStore _store;
    private readonly StreamOptions _options;
    private readonly TimeProvider _time;
    private readonly WorkLoopWatchdog _watchdog;
    private readonly ILogger<StreamRowWriter> _logger;
    private readonly Channel<StreamingRow> _buffer;
    private readonly Lock _spillGate = new();
    private readonly CancellationTokenSource _stopping;
    private TimeSpan _writeBudget = StopWriteBudget;
    private WorkLoopWatchdog.Loop? _loop;
    private SpillFile? _spill;
    private long _nextOrdinal;
    private long _spilledRecords;
    private long _received;
    private long _committed;
    private long _spilledTotal;
    private long _carried;
    private long _lost;
    private bool _spillFull;
    private DateTimeOffset _retryAt;
    private TimeSpan _retryInterval = RetryInterval;
    private bool _databaseDown;
    private Task<bool>? _pendingWait;

    public StreamRowWriter(StreamingDataStore store, IOptions<StreamOptions> options, TimeProvider time, WorkLoopWatchdog watchdog, ILogger<StreamRowWriter> logger)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _watchdog = watchdog;
        _logger = logger;
        _stopping = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        _buffer = Channel.CreateBounded<StreamingRow>(new BoundedChannelOptions(_options.BufferCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Raised after rows were accepted, committed or spilled (for tests and diagnostics; handlers must be quick).</summary>
    public event EventHandler? Progress;

    /// <summary>Updates received so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Rows committed to the database so far (including replayed ones).</summary>
    public long Committed => Interlocked.Read(ref _committed);

    /// <summary>Rows that went through the spill file since start (replayed or still waiting).</summary>
    public long SpilledTotal => Interlocked.Read(ref _spilledTotal);

    /// <summary>Rows waiting in the spill file.</summary>
    public long Spilled => Interlocked.Read(ref _spilledRecords);

    /// <summary>Rows the spill file held at start, left by an earlier process.</summary>
    public long Carried => Interlocked.Read(ref _carried);

    /// <summary>Rows neither the database nor the spill file could take (the spill folder's disk was full).</summary>
    public long Lost => Interlocked.Read(ref _lost);

    /// <summary>Where every row received (or carried over) is now; once <see cref="RunAsync"/> returned nothing is in memory.</summary>
    public StreamCounts Counts
    {
        get
        {
            // Read in the direction rows move (memory, then spill file, then database) and Received last, so a row moving
            // meanwhile is never counted twice: at worst it shows as still in memory.
            long committed = Committed;
            long spilled = Spilled;
            long lost = Lost;
            return new StreamCounts(Received, Carried, committed, spilled, lost);
        }
    }

    /// <summary>Raised when a database write begins (for tests: a stop that finds a write in flight).</summary>
    internal event EventHandler? WriteStarted;

    /// <summary>Appends encoded rows to the spill file: the real append, or a test's full disk.</summary>
    internal Action<SpillFile, IReadOnlyList<byte[]>> AppendSpill { get; set; } = static (file, records) => file.AppendRange(records);

    /// <summary>The spill file's path, once opened.</summary>
    public string? SpillPath => _spill?.Path;

    /// <summary>Where the spill file lives: <see cref="StreamOptions.SpillDirectory"/>, relative paths under systemd's STATE_DIRECTORY or the working directory.</summary>
    public string SpillFilePath()
    {
        string root = Environment.GetEnvironmentVariable("STATE_DIRECTORY")?.Split(':')[0] is { Length: > 0 } state ? state : Directory.GetCurrentDirectory();
        return Path.Combine(Path.GetFullPath(_options.SpillDirectory, root), "stream.spill");
    }

    /// <summary>Opens the spill file (keeping what a previous process left in it); call before <see cref="Accept"/>.</summary>
    public void Open()
    {
        if (_spill is not null)
        {
            return;
        }

        _spill = SpillFile.Open(SpillFilePath(), _logger);
        SpilledRows left = SpilledRows.Scan(_spill, 0, _spill.Length);
        if (left.Count > 0)
        {
            _spilledRecords = left.Count;
            _carried = left.Count;
            _nextOrdinal = left.MaxOrdinal;
            Log.SpillFound(_logger, left.Count, _spill.Path);
        }
    }

    /// <summary>Queues one received update; never waits (a full buffer sends the row to the spill file).</summary>
    public void Accept(LevelOneUpdate update)
    {
        StreamingRow row = StreamingRow.From(update, Interlocked.Increment(ref _nextOrdinal));
        Interlocked.Increment(ref _received);
        if (!_buffer.Writer.TryWrite(row))
        {
            try
            {
                Spill([row], "buffer full");
            }
            catch (Exception ex)
            {
                // The spill file failed for another reason than a full disk: the writer loop fails with it, which stops the daemon.
                Interlocked.Increment(ref _lost);
                _buffer.Writer.TryComplete(ex);
                throw;
            }
        }

        Progress?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>
    /// No more rows will come; <see cref="RunAsync"/> flushes everything and returns. With <paramref name="writeBudget"/>
    /// (a stop: <see cref="StopWriteBudget"/>), database writes still going on that long later are abandoned and their rows
    /// spilled; without it (a benchmark draining its backlog) every row is written to the database if it answers.
    /// </summary>
    public void Complete(TimeSpan? writeBudget = null)
    {
        _buffer.Writer.TryComplete();
        if (writeBudget is { } budget)
        {
            _writeBudget = budget;
            _stopping.CancelAfter(budget);
        }
    }

    /// <summary>The writer loop; returns once <see cref="Complete"/> was called and every row is committed or spilled.</summary>
    public async Task RunAsync()
    {
        Open();
        WorkLoopWatchdog.Loop loop = _watchdog.Register("stream-writer", TimeSpan.FromMinutes(2));
        _loop = loop;
        try
        {
            while (await NextBatchAsync() is { } batch)
            {
                await WriteAsync(batch, final: false);
                loop.Beat();
            }

            await WriteAsync([], final: true);
        }
        catch (Exception ex)
        {
            // A dead writer must not look like a finished one: the watchdog stops pinging.
            loop.Fail(ex);
            throw;
        }

        _watchdog.Unregister("stream-writer");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _spill?.Dispose();
        _stopping.Dispose();
    }
}
