namespace Schwab.Core.Alerts;

/// <summary>One row of <c>OPT.SCHWAB.ALERTS</c> as Dapper reads it.</summary>
internal sealed class AlertRow
{
    public string AlertKey { get; set; } = "";

    public string? Subject { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }

    public long OccurrenceCount { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public OpenAlert ToOpenAlert() => new(AlertKey, Subject, FirstSeenAt, LastSeenAt, LastSentAt, OccurrenceCount);
}
