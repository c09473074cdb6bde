namespace Schwab.Core.Hosting;

/// <summary>Which daemon this process is: its unit name, host, pid and start instant.</summary>
public sealed class DaemonIdentity(string service, TimeProvider time)
{
    /// <summary>The unit and executable name (<c>schwab-tokens</c>).</summary>
    public string Service { get; } = service;

    /// <summary>The machine's name.</summary>
    public string Host { get; } = Environment.MachineName;

    /// <summary>This process's id.</summary>
    public long Pid { get; } = Environment.ProcessId;

    /// <summary>When the process started (UTC).</summary>
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();
}
