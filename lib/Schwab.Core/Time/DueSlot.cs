namespace Schwab.Core.Time;

/// <summary>One slot of a schedule as it was taken.</summary>
/// <param name="Slot">The scheduled instant (UTC): the label of whatever is collected for it.</param>
/// <param name="TakenAt">When it was handed out (UTC), never before <paramref name="Slot"/>.</param>
/// <param name="IsLate">Whether it was taken more than the schedule's tolerance after <paramref name="Slot"/>.</param>
public readonly record struct DueSlot(DateTimeOffset Slot, DateTimeOffset TakenAt, bool IsLate)
{
    /// <summary>How long after its instant the slot was taken.</summary>
    public TimeSpan Lateness => TakenAt - Slot;
}
