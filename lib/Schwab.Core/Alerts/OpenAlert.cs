namespace Schwab.Core.Alerts;

/// <summary>An alert key that was raised and has not been resolved since.</summary>
/// <param name="Key">The alert key, e.g. <c>unit-failed:schwab-chains.service</c>.</param>
/// <param name="Subject">The subject of the latest occurrence (redacted, without the host prefix).</param>
/// <param name="FirstSeenAt">When this incident began (a resolved key raised again begins a new incident).</param>
/// <param name="LastSeenAt">The latest occurrence.</param>
/// <param name="LastSentAt">When a mail for this key last went out, or null.</param>
/// <param name="OccurrenceCount">Occurrences recorded for this key.</param>
internal sealed record OpenAlert(
    string Key, string? Subject, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt, DateTimeOffset? LastSentAt, long OccurrenceCount)
{
    /// <summary>Whether a mail went out during this incident (so clearing it deserves a recovery notice).</summary>
    public bool NotifiedThisIncident => LastSentAt is { } sent && sent >= FirstSeenAt;
}
