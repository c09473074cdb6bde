using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Time;

namespace Schwab.Daemons.Stream;

internal sealed partial class StreamWorker
{
    private const decimal RecentreForce = -1m;
    private Channel<decimal>? _recentre;
    private int _recentring;
    private volatile string? _problem;
    private int _optionCap = int.MaxValue;
    private long _lastCount;
    private DateTimeOffset _lastRateAt;

    private async Task RunSessionAsync(DateOnly date, (DateTimeOffset Open, DateTimeOffset Close) regular, DateTimeOffset stop, CancellationToken stoppingToken)
    {
        Log.SessionStarted(logger, date, stop);
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var timeout = new CancellationTokenSource(stop - time.GetUtcNow(), time);
        using CancellationTokenRegistration link = timeout.Token.Register(session.Cancel);
        CancellationToken token = session.Token;
        _recentre = Channel.CreateBounded<decimal>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _lastRateAt = time.GetUtcNow();
        _lastCount = writer.Received;
        status.Set(string.Create(CultureInfo.InvariantCulture, $"connecting for session {date:yyyy-MM-dd}"));
        await client.SubscribeAsync(StreamerServices.LevelOneEquities, _options.Underlyings, Fields(_options.EquityFields), token);
        Task recentring = EndSessionOnFaultAsync(RecentreLoopAsync(date, token), session);
        Task monitoring = EndSessionOnFaultAsync(MonitorLoopAsync(regular, token), session);
        try
        {
            while (!token.IsCancellationRequested)
            {
                TimeSpan delay = streamerOptions.Value.BackoffMax;
                try
                {
                    await WaitOnAsync(ConsumeAsync(token));
                    delay = streamerOptions.Value.BackoffBase;
                    Log.StoppedByServer(logger, delay);
                }
                catch (StreamerException ex) when (ex.Kind == StreamerErrorKind.ConnectionLimit)
                {
                    Log.AnotherConnection(logger, delay);
                    ReportProblem(string.Create(
                        CultureInfo.InvariantCulture,
                        $"another streamer connection holds this Schwab login (code 12: Schwab allows one per login); retrying every {delay.TotalSeconds:F0} s"));
                }
                catch (StreamerException ex) when (ex.Kind == StreamerErrorKind.LoginDenied)
                {
                    Log.LoginDenied(logger, delay);
                    ReportProblem("streamer LOGIN denied (code 3) even with a fresh token; retrying");
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    // Whatever broke the connection (Schwab, the network, an unexpected error), a daemon in session tries again.
                    Log.StreamFailed(logger, delay, $"{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
                }

                await WaitOnAsync(Task.Delay(delay, time, token));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Session over or stopping.
        }
        finally
        {
            // The helper loops end with the session, however it ended (they would otherwise wait on timers forever).
            await session.CancelAsync();
            _recentre.Writer.TryComplete();
            await Task.WhenAll(recentring, monitoring).ContinueWith(static _ => { }, TaskScheduler.Default);
            await EndSessionAsync(date);
            if ((recentring.IsFaulted ? recentring : monitoring).Exception?.GetBaseException() is { } helperFailure)
            {
                // A helper that died (no re-centring, no STATUS or no-data watchdog) fails the daemon, never silently.
                ExceptionDispatchInfo.Throw(helperFailure);
            }
        }
    }

    /// <summary>Ends the session as soon as <paramref name="helper"/> fails, so the failure reaches the host at once.</summary>
    private static async Task EndSessionOnFaultAsync(Task helper, CancellationTokenSource session)
    {
        try
        {
            await helper;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !session.IsCancellationRequested)
        {
            await session.CancelAsync();
            throw;
        }
    }

    private async Task ConsumeAsync(CancellationToken token)
    {
        string primary = _options.Underlyings[0];
        await foreach (LevelOneUpdate update in client.StreamAsync(token))
        {
            writer.Accept(update);
            if (update.Key == primary && (update.State.Last ?? update.State.Mark) is decimal spot)
            {
                Spot = spot;
                _recentre?.Writer.TryWrite(spot);
            }
        }
    }

    private async Task EndSessionAsync(DateOnly date)
    {
        // Forget the day's subscriptions (not connected any more: only the desired state changes), so the next session starts clean.
        if (Window is { } window)
        {
            await client.UnsubscribeAsync(StreamerServices.LevelOneOptions, window.Keys, CancellationToken.None);
            Window = null;
        }

        StreamCounts counts = writer.Counts;
        Log.SessionEnded(logger, date, counts.Received, counts.Carried, counts.Committed, counts.Spilled, counts.InMemory, counts.Lost);
    }

    private async Task RecentreLoopAsync(DateOnly date, CancellationToken token)
    {
        ChannelReader<decimal> signals = _recentre!.Reader;
        try
        {
            while (await signals.WaitToReadAsync(token))
            {
                // Busy from before the read until the window is settled: see IsRecentring.
                Volatile.Write(ref _recentring, 1);
                try
                {
                    while (signals.TryRead(out decimal signal))
                    {
                        await RecentreAsync(date, signal, token);
                    }
                }
                finally
                {
                    Volatile.Write(ref _recentring, 0);
                    WaitingChanged?.Invoke(this, EventArgs.Empty);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private async Task RecentreAsync(DateOnly date, decimal signal, CancellationToken token)
    {
        if (Spot is not decimal spot)
        {
            return;
        }

        OptionWindow? current = Window;
        bool force = signal == RecentreForce;
        if (current is null || force || Math.Abs(spot - current.Centre) >= _options.AdjustThreshold)
        {
            await MoveWindowAsync(date, spot, current, token);
        }
    }

    private async Task MoveWindowAsync(DateOnly date, decimal spot, OptionWindow? current, CancellationToken token)
    {
        OptionWindow next = OptionWindow.Around(spot, _options.OptionRoot, date, _options.Range, _options.Step, _optionCap);
        try
        {
            if (current is null)
            {
                await client.SubscribeAsync(StreamerServices.LevelOneOptions, next.Keys, Fields(_options.OptionFields), token);
                Window = next;
                Log.WindowSubscribed(logger, next.Keys.Count, _options.OptionRoot, next.Centre, spot);
                return;
            }

            var keep = new HashSet<string>(next.Keys, StringComparer.Ordinal);
            var old = new HashSet<string>(current.Keys, StringComparer.Ordinal);
            string[] added = [.. next.Keys.Where(k => !old.Contains(k))];
            string[] removed = [.. current.Keys.Where(k => !keep.Contains(k))];
            if (added.Length > 0)
            {
                await client.AddAsync(StreamerServices.LevelOneOptions, added, Fields(_options.OptionFields), token);
            }

            if (removed.Length > 0)
            {
                await client.UnsubscribeAsync(StreamerServices.LevelOneOptions, removed, token);
            }

            Window = next;
            Log.WindowRecentred(logger, spot, current.Centre, next.Centre, added.Length, removed.Length);
        }
        catch (StreamerException ex)
        {
            Log.SubscriptionFailed(logger, ex.Message.ReplaceLineEndings(" "));
        }
    }

    /// <summary>
    /// The no-data watchdog, during the regular session only: before the open and after the close quotes legitimately
    /// stand still, and a reconnect every NoDataTimeout would only churn (30 s in session).
    /// </summary>
    private async Task MonitorLoopAsync((DateTimeOffset Open, DateTimeOffset Close) regular, CancellationToken token)
    {
        DateTimeOffset started = time.GetUtcNow();
        DateTimeOffset lastRequest = started;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                DateTimeOffset now = time.GetUtcNow();
                DateTimeOffset lastData = Max(Max(client.LastDataAt ?? started, lastRequest), regular.Open);
                if (client.IsLoggedIn && now < regular.Close && now - lastData >= _options.NoDataTimeout)
                {
                    Log.NoData(logger, now - lastData);
                    lastRequest = now;
                    client.RequestReconnect($"no data for {(now - lastData).TotalSeconds:F0} s in session");
                }

                if (now - Max(client.LastHeardAt ?? started, lastRequest) < _options.NoDataTimeout * 3)
                {
                    _receiveLoop?.Beat();
                }

                if (client.IsLoggedIn)
                {
                    _problem = null;
                }

                // A problem (code 12, code 3) stays on the STATUS line until the client is logged in again.
                if (_problem is null)
                {
                    ReportStatus(now);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private void ReportProblem(string problem)
    {
        _problem = problem;
        status.Set(problem);
    }

    private void ReportStatus(DateTimeOffset now)
    {
        long received = writer.Received;
        double seconds = (now - _lastRateAt).TotalSeconds;
        double rate = seconds > 0 ? (received - _lastCount) / seconds : 0;
        _lastCount = received;
        _lastRateAt = now;
        int subscriptions = client.Subscriptions.Sum(s => s.Keys.Length);
        status.Set(string.Create(CultureInfo.InvariantCulture,
            $"streaming {subscriptions} subscriptions (options around {Window?.Centre.ToString(CultureInfo.InvariantCulture) ?? "-"}), {rate:F0} updates/s, {writer.Counts.Describe()}"));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
