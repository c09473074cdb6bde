using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;
using Schwab.Core.Time;

namespace Schwab.Daemons.Stream;

/// <summary>
/// Follows the market calendar: waits (with a STATUS line) until <see cref="StreamOptions.StartBeforeOpen"/> before the
/// open, streams until <see cref="StreamOptions.StopAfterClose"/> after the close (early closes included), then idles
/// until the next session. On stop, every received row is flushed to the database or the spill file before exit.
/// </summary>
internal sealed partial class StreamWorker(
    StreamerClient client,
    StreamRowWriter writer,
    MarketClock clock,
    IOptions<StreamOptions> streamOptions,
    IOptions<StreamerOptions> streamerOptions,
    DaemonStatus status,
    WorkLoopWatchdog watchdog,
    TimeProvider time,
    ILogger<StreamWorker> logger) : BackgroundService
{
    /// <summary>How long a wait for a session lasts before the calendar is read again.</summary>
    internal static readonly TimeSpan CalendarRecheck = TimeSpan.FromMinutes(1);

    private readonly StreamOptions _options = streamOptions.Value;
    private WorkLoopWatchdog.Loop? _receiveLoop;
    private DateTimeOffset? _announcedStart;

    /// <summary>The option window subscribed now, if any.</summary>
    internal OptionWindow? Window { get; private set; }

    /// <summary>The last spot of the first underlying.</summary>
    internal decimal? Spot { get; private set; }

    /// <summary>
    /// Whether the session loop waits on the clock or on the streamer client (idle before a session, backing off, or
    /// streaming), rather than doing its own IO (reading the calendar, ending a session). For tests on a fake clock.
    /// </summary>
    internal bool IsWaiting { get; private set; }

    /// <summary>Whether a spot change or a symbol limit is waiting for, or being turned into, a window change.</summary>
    internal bool IsRecentring => Volatile.Read(ref _recentring) == 1 || _recentre?.Reader.Count > 0;

    /// <summary>Raised when <see cref="IsWaiting"/> or <see cref="IsRecentring"/> changes (for tests and diagnostics; handlers must be quick).</summary>
    internal event EventHandler? WaitingChanged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        writer.Open();
        Task writing = Task.Run(writer.RunAsync, CancellationToken.None);
        _receiveLoop = watchdog.Register("stream-receive", (_options.NoDataTimeout * 5) + TimeSpan.FromMinutes(2));
        client.SymbolLimitReached += OnSymbolLimit;
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Exception? failure = null;
        try
        {
            Task supervising = SuperviseAsync(running.Token);
            if (await Task.WhenAny(supervising, writing) == writing)
            {
                // The writer only returns after Complete: it failed, and the session ends with it.
                failure = writing.Exception?.GetBaseException();
                Fail("stream-writer", failure);
                await running.CancelAsync();
            }

            await supervising;
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
            // SIGTERM (or the writer failed): fall through to the flush.
        }
        catch (Exception ex)
        {
            // The session loop or one of its helpers failed: a daemon that cannot stream must not look alive.
            failure = ex;
            Fail("stream-session", ex);
            throw;
        }
        finally
        {
            client.SymbolLimitReached -= OnSymbolLimit;
            status.Set("stopping: flushing received rows");
            writer.Complete(StreamRowWriter.StopWriteBudget);
            await FinishWritingAsync(writing, failure);
        }
    }

    private async Task FinishWritingAsync(Task writing, Exception? failure)
    {
        try
        {
            await writing;
        }
        catch (Exception ex) when (failure is null)
        {
            Fail("stream-writer", ex);
            throw;
        }
        finally
        {
            StreamCounts counts = writer.Counts;
            Log.Stopped(logger, counts.Received, counts.Carried, counts.Committed, counts.Spilled, counts.Lost);
            bool failed = failure is not null || writing.IsFaulted;
            status.Set((failed ? "failed: " : "stopped: ") + counts.Describe());
            if (!failed)
            {
                watchdog.Unregister("stream-receive");
            }
        }
    }

    /// <summary>Logs the cause first, on one line, and keeps the receive loop's watchdog from pinging again.</summary>
    private void Fail(string loop, Exception? cause)
    {
        cause ??= new InvalidOperationException($"the {loop} loop ended unexpectedly");
        string line = $"{cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")}";
        Log.LoopFailed(logger, line, loop, cause);
        _receiveLoop?.Fail(cause);
    }

    private async Task SuperviseAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset now = time.GetUtcNow();
            TradingDay? day = await clock.CurrentOrNextSessionAsync(now - _options.StopAfterClose, stoppingToken);
            // Waits are cut into CalendarRecheck steps and the calendar read again after each, so hours stored while
            // waiting (schwab-markethours starting after this daemon, a holiday or early close learned later) count.
            if (day?.Regular is not { } regular)
            {
                status.Set("no session in the next two weeks; checking the calendar again every minute");
                await IdleAsync(CalendarRecheck, stoppingToken);
                continue;
            }

            DateTimeOffset start = regular.Start - _options.StartBeforeOpen;
            DateTimeOffset stop = regular.End + _options.StopAfterClose;
            if (now < start)
            {
                if (_announcedStart != start)
                {
                    _announcedStart = start;
                    Log.WaitingForSession(logger, start);
                }

                status.Set(string.Create(CultureInfo.InvariantCulture, $"waiting for session {Et(regular.Start)} ET (streaming from {Et(start)} ET)"));
                await IdleAsync(start - now < CalendarRecheck ? start - now : CalendarRecheck, stoppingToken);
                continue;
            }

            await RunSessionAsync(day.Date, (regular.Start, regular.End), stop, stoppingToken);
        }
    }

    private async Task IdleAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        _receiveLoop?.Beat();
        await WaitOnAsync(Task.Delay(wait, time, cancellationToken));
    }

    private async Task WaitOnAsync(Task wait)
    {
        SetWaiting(true);
        try
        {
            await wait;
        }
        finally
        {
            SetWaiting(false);
        }
    }

    private void SetWaiting(bool waiting)
    {
        IsWaiting = waiting;
        WaitingChanged?.Invoke(this, EventArgs.Empty);
    }

    private void OnSymbolLimit(object? sender, StreamerSymbolLimitEventArgs e)
    {
        Log.SymbolLimit(logger, e.Limit.Service, e.Limit.Cap, e.Limit.Discarded);
        if (e.Limit.Service == StreamerServices.LevelOneOptions && e.Limit.Cap is int cap)
        {
            _optionCap = cap;
            _recentre?.Writer.TryWrite(RecentreForce);
        }
    }

    private static string Et(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, MarketClock.Exchange).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static int[] Fields(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => int.Parse(f, CultureInfo.InvariantCulture))];
}
