namespace Schwab.Core.Data;

/// <summary>One row of <c>SERVICE_STATUS</c>: which daemon runs where, and how its work is going.</summary>
internal sealed class ServiceStatus
{
    public string Service { get; set; } = "";

    public string Host { get; set; } = "";

    public long Pid { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastHeartbeatAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    public DateTimeOffset? LastErrorAt { get; set; }

    public string? LastError { get; set; }

    public string? Status { get; set; }

    public string? Counters { get; set; }
}
