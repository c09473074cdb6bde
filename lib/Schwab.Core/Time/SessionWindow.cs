namespace Schwab.Core.Time;

/// <summary>A span of market time, in UTC.</summary>
/// <param name="Start">When it opens.</param>
/// <param name="End">When it closes.</param>
public sealed record SessionWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Whether <paramref name="instant"/> falls inside, widened by <paramref name="padding"/> at both ends.</summary>
    public bool Contains(DateTimeOffset instant, TimeSpan padding = default) => instant >= Start - padding && instant < End + padding;
}
