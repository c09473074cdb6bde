using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Schwab.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that behaves like a real clock in the two ways schedules trip over: every timer
/// fires up to <c>maxJitter</c> early or late (seeded, at random, both ways), and every clock read moves time on by
/// <c>readStep</c> (work takes time, so two reads in one turn differ). Each delay created (a <c>Task.Delay</c>, not a
/// cancellation timeout) is reported with the instant it will fire, so a test moves the clock exactly there once the
/// code under test is waiting: <see cref="RunUntilAsync"/>.
/// </summary>
public sealed class JitteryTimeProvider : FakeTimeProvider
{
    [ThreadStatic]
    private static bool t_advancing;

    private readonly Random _random;
    private readonly int _maxJitterMs;
    private readonly TimeSpan _readStep;
    private readonly Channel<DateTimeOffset> _delays = Channel.CreateUnbounded<DateTimeOffset>();
    private readonly Lock _gate = new();

    /// <summary>Starts at <paramref name="start"/>; <paramref name="seed"/> fixes the jitter sequence.</summary>
    public JitteryTimeProvider(DateTimeOffset start, int seed, TimeSpan? maxJitter = null, TimeSpan? readStep = null)
        : base(start)
    {
        _random = new Random(seed);
        _maxJitterMs = (int)(maxJitter ?? TimeSpan.FromMilliseconds(5)).TotalMilliseconds;
        _readStep = readStep ?? TimeSpan.FromMilliseconds(1);
    }

    /// <summary>Timers created so far that fired early / late (delays and timeouts alike).</summary>
    public (int Early, int Late) Perturbed { get; private set; }

    /// <summary>Now, without moving the clock.</summary>
    public DateTimeOffset Peek() => base.GetUtcNow();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        DateTimeOffset now = base.GetUtcNow();
        if (!t_advancing && _readStep > TimeSpan.Zero)
        {
            t_advancing = true;
            try
            {
                Advance(_readStep);
            }
            finally
            {
                t_advancing = false;
            }
        }

        return now;
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime <= TimeSpan.Zero || dueTime == Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        TimeSpan due;
        DateTimeOffset wake;
        ITimer timer;
        lock (_gate)
        {
            int jitterMs = _random.Next(-_maxJitterMs, _maxJitterMs + 1);
            due = dueTime + TimeSpan.FromMilliseconds(jitterMs);
            due = due > TimeSpan.Zero ? due : TimeSpan.FromTicks(1); // a timer never fires before it is created
            Perturbed = due < dueTime ? (Perturbed.Early + 1, Perturbed.Late) : due > dueTime ? (Perturbed.Early, Perturbed.Late + 1) : Perturbed;
            wake = Peek() + due;
            timer = base.CreateTimer(callback, state, due, period);
        }

        if (state is not CancellationTokenSource)
        {
            _delays.Writer.TryWrite(wake);
        }

        return timer;
    }

    /// <summary>
    /// Drives a loop that sleeps with <c>Task.Delay</c>: waits until it creates its next delay, moves the clock to the
    /// instant that delay fires, and repeats until the next one would fire after <paramref name="end"/>.
    /// </summary>
    /// <returns>The number of wake-ups driven.</returns>
    public async Task<int> RunUntilAsync(DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        int wakeUps = 0;
        while (true)
        {
            guard.CancelAfter(TestTimeouts.Guard);
            DateTimeOffset wake = await _delays.Reader.ReadAsync(guard.Token);
            if (wake > end)
            {
                return wakeUps;
            }

            DateTimeOffset now = Peek();
            Advance(wake > now ? wake - now : TimeSpan.Zero);
            wakeUps++;
        }
    }
}
