using Microsoft.Extensions.Time.Testing;

namespace Schwab.Testing;

/// <summary>
/// Runs a stretch of market time in seconds: one <see cref="FakeTimeProvider"/> shared by the simulator
/// (<c>SimulatorOptions.Time</c>) and the daemon under test is moved from <c>start</c> to <c>end</c> in fixed steps,
/// and an async callback runs at each step (typically the worker's <c>RunOnceAsync</c>, or awaiting its next timer)
/// before time moves on, so every step's work completes at the instant it belongs to.
/// </summary>
public static class SimulatedDay
{
    /// <summary>Sets the clock to <paramref name="start"/>, then calls <paramref name="onStep"/> at start, start + step, … up to and including <paramref name="end"/>.</summary>
    /// <param name="time">The one clock of the simulator and the daemon; it must not be past <paramref name="start"/>.</param>
    /// <param name="start">The first instant.</param>
    /// <param name="end">The last instant (inclusive when a whole number of steps away).</param>
    /// <param name="step">How far the clock moves between callbacks.</param>
    /// <param name="onStep">Receives the current instant; the clock does not move until it completes.</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    /// <returns>The number of steps run.</returns>
    public static async Task<int> RunAsync(
        FakeTimeProvider time, DateTimeOffset start, DateTimeOffset end, TimeSpan step,
        Func<DateTimeOffset, Task> onStep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(onStep);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        if (end < start)
        {
            throw new ArgumentException($"end {end:O} is before start {start:O}", nameof(end));
        }

        if (time.GetUtcNow() > start)
        {
            throw new ArgumentException($"the clock is already at {time.GetUtcNow():O}, past start {start:O} (fake time cannot go back)", nameof(start));
        }

        time.SetUtcNow(start);
        int steps = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await onStep(time.GetUtcNow());
            steps++;
            if (time.GetUtcNow() + step > end)
            {
                return steps;
            }

            time.Advance(step);
        }
    }

    /// <summary>The UTC instant of <paramref name="timeOfDay"/> New York time on <paramref name="date"/> (DST-correct).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly timeOfDay) => Schwab.Core.Time.MarketClock.AtExchangeTime(date, timeOfDay);
}
