namespace Schwab.Core.Reports.Journal;

/// <summary>The journal's counts for a window, or why they are unknown.</summary>
/// <param name="Available">False when journalctl is missing, failed, or found no journal files: the counts are then unknown, not zero.</param>
/// <param name="Reason">Why the journal is unavailable, or a caveat when it was read only partly; null otherwise.</param>
/// <param name="Units">Counts per unit, every queried unit listed (zeros included) when available.</param>
internal sealed record JournalSummary(bool Available, string? Reason, IReadOnlyList<UnitJournalCounts> Units)
{
    /// <summary>The entries of the counted units in the window, whatever they said.</summary>
    public int Entries { get; init; }

    /// <summary>A summary that says the journal could not be read, and why.</summary>
    public static JournalSummary Unavailable(string reason) => new(false, reason, []);

    /// <summary>The sum over all units.</summary>
    public UnitJournalCounts Totals => new(
        "total",
        Units.Sum(u => u.Starts),
        Units.Sum(u => u.RestartsScheduled),
        Units.Sum(u => u.Errors),
        Units.Sum(u => u.RateLimited),
        Units.Sum(u => u.TokenRefreshes),
        Units.Sum(u => u.TokenRefreshFailures));
}
