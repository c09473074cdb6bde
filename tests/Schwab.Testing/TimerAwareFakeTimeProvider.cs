using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Schwab.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer created, so a test advances time only after
/// the code under test has started waiting (no race between "advance" and "start the delay").
/// </summary>
public sealed class TimerAwareFakeTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer whose due time matches <paramref name="match"/> is created; returns its due time.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken = default)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(TestTimeouts.Guard);
        while (true)
        {
            TimeSpan due = await _timers.Reader.ReadAsync(guard.Token);
            if (match(due))
            {
                return due;
            }
        }
    }
}
