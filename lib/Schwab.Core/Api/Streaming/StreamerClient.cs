using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// The Schwab streamer client: one WebSocket per Schwab login, LOGIN before anything else, commands that
/// await their acks, level-one delta merging, and reconnect with back-off and replay of the desired
/// subscriptions (the keyed <c>schwab-stream</c> Polly pipeline).
/// </summary>
/// <remarks>
/// Schwab allows exactly one streamer connection per user (code 12 otherwise): register this client once
/// and run one <see cref="StreamAsync"/> at a time. Subscription commands may be called before or while
/// streaming; the desired state they build is replayed after every LOGIN (schwab-api.md §4).
/// </remarks>
public sealed partial class StreamerClient : IDisposable
{
    private readonly IWebSocketConnectionFactory _connections;
    private readonly IStreamerCredentialsSource _credentials;
    private readonly ResiliencePipeline _pipeline;
    private readonly StreamerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<StreamerClient> _logger;
    private readonly StreamerActivity _activity = new();
    private readonly StreamerSubscriptionSet _desired = new();
    private readonly LevelOneStateCache _cache = new();
    private readonly LevelOneItemReader _reader = new();
    private readonly SemaphoreSlim _commandLock = new(1, 1);
    private volatile StreamerSession? _session;
    private volatile ChannelWriter<LevelOneUpdate>? _updates;
    private volatile bool _forceRefresh;
    private int _streaming;
    private int _busy;
    private int _ending;

    /// <summary>Creates the client; resolve it from DI after <c>AddSchwabStreaming()</c>.</summary>
    public StreamerClient(
        IWebSocketConnectionFactory connections,
        IStreamerCredentialsSource credentials,
        ResiliencePipelineProvider<string> pipelines,
        IOptions<StreamerOptions> options,
        TimeProvider time,
        ILogger<StreamerClient> logger)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(options);
        _connections = connections;
        _credentials = credentials;
        _pipeline = pipelines.GetPipeline(StreamerResilience.PipelineKey);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised when Schwab trims a subscription to its cap (code 19); streaming goes on.</summary>
    public event EventHandler<StreamerSymbolLimitEventArgs>? SymbolLimitReached;

    /// <summary>When anything (heartbeat, response, data) was last received; null before the first frame.</summary>
    public DateTimeOffset? LastHeardAt => _activity.LastHeardAt;

    /// <summary>When level-one data was last received; for the stream daemon's no-data watchdog.</summary>
    public DateTimeOffset? LastDataAt => _activity.LastDataAt;

    /// <summary>Whether a connection is open and logged in.</summary>
    public bool IsLoggedIn => _session?.IsLoggedIn == true;

    /// <summary>The entitlement from the last LOGIN (<c>NP</c>, <c>PN</c>, <c>PP</c>), when logged in.</summary>
    public string? Entitlement => _session?.Entitlement;

    /// <summary>The desired subscriptions, as replayed after the next LOGIN.</summary>
    public IReadOnlyList<StreamerSubscription> Subscriptions => _desired.Snapshot();

    /// <summary>
    /// Connects, logs in, replays the desired subscriptions and yields level-one updates until cancelled,
    /// logged out, or stopped by Schwab (code 30) — then the sequence simply ends and may be started again.
    /// Lost connections are re-established with back-off and the subscriptions replayed.
    /// </summary>
    /// <exception cref="StreamerException">
    /// Not transient: another connection is open for this login (code 12), or LOGIN was denied even with a
    /// fresh token (code 3). The client never retries these itself; a caller that starts again must wait
    /// first (at least <see cref="StreamerOptions.BackoffMax"/>) so a second client is not hammered off.
    /// </exception>
    public async IAsyncEnumerable<LevelOneUpdate> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _streaming, 1) == 1)
        {
            throw new InvalidOperationException("StreamAsync is already running: Schwab allows one streamer connection per login");
        }

        Channel<LevelOneUpdate> channel = Channel.CreateBounded<LevelOneUpdate>(new BoundedChannelOptions(_options.UpdateBufferCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _updates = channel.Writer;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task run = RunAsync(channel.Writer, stop.Token);
        try
        {
            await foreach (LevelOneUpdate update in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return update;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await run;
            _updates = null;
            Volatile.Write(ref _streaming, 0);
            ExitEnding();
        }
    }

    /// <summary>
    /// Drops the current connection and reconnects (log in, replay); for a no-data watchdog.
    /// Does nothing when not connected.
    /// </summary>
    public void RequestReconnect(string reason)
    {
        StreamerSession? session = _session;
        if (session is not null)
        {
            Log.StreamerReconnectRequested(_logger, reason);
            session.Abort(StreamerSessionEnd.Dropped(reason));
        }
    }

    /// <summary>
    /// Whether a connect attempt or a command is waiting on the network (HTTP, WebSocket, an ack); false while
    /// streaming, backing off or idle. For tests that drive a fake clock: advancing time while this is true would make
    /// timeouts fire on work that is merely in flight. A connection that is ending (aborted or severed, not yet replaced)
    /// counts as busy too.
    /// </summary>
    internal bool IsBusy => Volatile.Read(ref _busy) > 0 || _session is { IsLoggedIn: false };

    /// <summary>Raised when <see cref="IsBusy"/> turns false or a connection ended (for tests and diagnostics; handlers must be quick).</summary>
    internal event EventHandler? ActivityChanged;

    /// <inheritdoc />
    public void Dispose() => _commandLock.Dispose();

    private void EnterBusy() => Interlocked.Increment(ref _busy);

    private void EnterEnding()
    {
        if (Interlocked.Exchange(ref _ending, 1) == 0)
        {
            EnterBusy();
        }
    }

    private void ExitEnding()
    {
        if (Interlocked.Exchange(ref _ending, 0) == 1)
        {
            ExitBusy();
        }
    }

    private void ExitBusy()
    {
        Interlocked.Decrement(ref _busy);
        ActivityChanged?.Invoke(this, EventArgs.Empty);
    }
}
