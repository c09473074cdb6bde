namespace Schwab.Core.Api.Http;

/// <summary>
/// A client-side request budget for one Schwab app: at most <c>permits</c> sends in any rolling <c>window</c>,
/// timed only by the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// A classic token bucket of capacity N refilled at N/minute lets 2N requests through in the minute after an idle
/// spell (a full bucket plus the refill); Schwab counts 120 per minute and does not say whether its window rolls.
/// Remembering the last N send times and waiting until the oldest is a window old is the exact bound for both
/// readings, and costs one <see cref="long"/> per permit. <c>System.Threading.RateLimiting</c> is not used because it
/// reads its own clock, which fake time cannot drive.
/// </remarks>
internal sealed class RequestRateLimiter(int permits, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly long[] _sends = new long[permits];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _count;
    private int _oldest;

    /// <summary>Waits until a send is allowed, then records it. Callers are served one at a time, roughly in order.</summary>
    /// <param name="onWait">Called with the delay each time the caller has to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async ValueTask AcquireAsync(Action<TimeSpan>? onWait, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                long now = time.GetTimestamp();
                if (_count < permits)
                {
                    _sends[(_oldest + _count) % permits] = now;
                    _count++;
                    return;
                }

                TimeSpan age = time.GetElapsedTime(_sends[_oldest], now);
                if (age >= window)
                {
                    _sends[_oldest] = now;
                    _oldest = (_oldest + 1) % permits;
                    return;
                }

                onWait?.Invoke(window - age);
                await Task.Delay(window - age, time, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
