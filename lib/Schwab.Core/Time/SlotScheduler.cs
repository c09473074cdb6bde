using Microsoft.Extensions.Logging;

namespace Schwab.Core.Time;

/// <summary>
/// Hands out the slots of a schedule one at a time, each once and in order. The next slot is computed from the last
/// slot taken, never from "now" rounded down, and is waited for on the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// A timer may fire a few milliseconds early or late, and the clock moves while a turn works. A wake-up before the
/// slot waits again for the same slot; a late one still takes the slot, and when it is more than the tolerance late
/// it is marked late and logged with how late. Slots older than the catch-up limit (when there is one) are skipped
/// with one warning naming them. At start, the slots within the tolerance before now are still due.
/// </remarks>
/// <param name="name">The schedule's name in log lines (the daemon's job).</param>
/// <param name="nextAfter">The first slot strictly after an instant, or null when the schedule has none.</param>
/// <param name="tolerance">How late a slot may be taken and still count as on time.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">Where late and skipped slots are reported.</param>
/// <param name="maxCatchUp">How late a slot may be and still be taken; null takes every missed slot.</param>
internal sealed class SlotScheduler(
    string name,
    Func<DateTimeOffset, CancellationToken, ValueTask<DateTimeOffset?>> nextAfter,
    TimeSpan tolerance,
    TimeProvider time,
    ILogger logger,
    TimeSpan? maxCatchUp = null)
{
    private DateTimeOffset? _cursor;

    /// <summary>A schedule whose slots need no I/O to compute.</summary>
    public SlotScheduler(string name, Func<DateTimeOffset, DateTimeOffset?> nextAfter, TimeSpan tolerance, TimeProvider time, ILogger logger, TimeSpan? maxCatchUp = null)
        : this(name, (after, _) => ValueTask.FromResult(nextAfter(after)), tolerance, time, logger, maxCatchUp)
    {
    }

    /// <summary>How late a slot may be taken and still count as on time.</summary>
    public TimeSpan Tolerance => tolerance;

    /// <summary>The last slot taken or skipped, or null before the first.</summary>
    public DateTimeOffset? LastTaken { get; private set; }

    /// <summary>The next slot to be taken (after the last one taken), or null when the schedule has none.</summary>
    public ValueTask<DateTimeOffset?> NextAsync(CancellationToken cancellationToken) => nextAfter(Cursor(), cancellationToken);

    /// <summary>Takes every slot due by now that was not taken yet, in order; none when the next one is still ahead.</summary>
    public async Task<IReadOnlyList<DueSlot>> TakeDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        var due = new List<DueSlot>();
        (DateTimeOffset From, DateTimeOffset To, int Count)? skipped = null;
        while (await nextAfter(Cursor(), cancellationToken) is { } slot && slot <= now)
        {
            _cursor = slot;
            LastTaken = slot;
            if (maxCatchUp is { } limit && now - slot > limit)
            {
                skipped = (skipped?.From ?? slot, slot, (skipped?.Count ?? 0) + 1);
                continue;
            }

            var taken = new DueSlot(slot, now, now - slot > tolerance);
            if (taken.IsLate)
            {
                Log.SlotLate(logger, name, slot, taken.Lateness);
            }

            due.Add(taken);
        }

        if (skipped is { } s)
        {
            Log.SlotsSkipped(logger, name, s.Count, s.From, s.To, maxCatchUp!.Value);
        }

        return due;
    }

    /// <summary>
    /// Waits until the next slot is due, or until <paramref name="wakeBy"/> when that comes first (a loop that must turn
    /// regularly, e.g. to retry); a wake-up before either (a timer firing early) waits again.
    /// </summary>
    public async Task WaitForNextAsync(CancellationToken cancellationToken, DateTimeOffset? wakeBy = null)
    {
        DateTimeOffset? next = await NextAsync(cancellationToken);
        DateTimeOffset? until = next is { } slot && (wakeBy is null || slot < wakeBy) ? slot : wakeBy;
        if (until is not { } end)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
            return;
        }

        for (TimeSpan wait = end - time.GetUtcNow(); wait > TimeSpan.Zero; wait = end - time.GetUtcNow())
        {
            // Task.Delay counts whole milliseconds and drops the rest; round up so the wait never ends before the slot on its own account.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken);
        }
    }

    /// <summary>The next whole minute after <paramref name="instant"/>: the <c>wakeBy</c> of a loop that turns every minute.</summary>
    public static DateTimeOffset NextMinute(DateTimeOffset instant) => instant + DailySchedule.UntilNextMinute(instant);

    // Before the first turn, slots up to one tolerance old are still due: a daemon started just after a slot takes it.
    private DateTimeOffset Cursor() => _cursor ??= time.GetUtcNow() - tolerance - TimeSpan.FromTicks(1);
}
