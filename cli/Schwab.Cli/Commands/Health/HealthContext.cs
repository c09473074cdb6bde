using Schwab.Core.Configuration;
using Schwab.Core.Data;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// What every check of one run shares: the instant, the thresholds, systemd's view and the heartbeat rows — and from them,
/// whether a daemon is supposed to be running here, so a dataset nobody collects is not reported stale.
/// </summary>
internal sealed class HealthContext(DateTimeOffset now, HealthOptions options, SystemdView systemd, IReadOnlyList<ServiceStatus> heartbeats)
{
    public DateTimeOffset Now { get; } = now;

    public HealthOptions Options { get; } = options;

    public SystemdView Systemd { get; } = systemd;

    /// <summary>The freshest heartbeat row of <paramref name="service"/> (a daemon moved between hosts leaves an old row behind).</summary>
    public ServiceStatus? Heartbeat(string service) =>
        heartbeats.Where(h => h.Service == service).MaxBy(h => h.LastHeartbeatAt);

    /// <summary>
    /// Whether <paramref name="service"/> should be running. Under systemd: its unit is installed, it is not stopped
    /// along with the whole pipeline, and the operator did not leave it out of the target's subset. Without systemd (a terminal, the demo): it has written a heartbeat row here.
    /// </summary>
    /// <param name="service">The daemon (<c>schwab-chains</c>).</param>
    /// <param name="reason">Why not, as a detail line.</param>
    public bool IsExpected(string service, out string reason)
    {
        UnitState? unit = Systemd.Daemon(service);
        if (unit is not null)
        {
            if (!unit.IsInstalled)
            {
                reason = $"{service} is not installed";
                return false;
            }

            if (unit.ActiveState is "inactive" or "deactivating" && (!Systemd.TargetActive || !Systemd.IsWanted(unit.Id)))
            {
                reason = Systemd.TargetActive ? $"{service} is not in {HealthUnits.Target}'s subset" : $"{service} is stopped, as is {HealthUnits.Target}";
                return false;
            }

            reason = "";
            return true;
        }

        if (Heartbeat(service) is null)
        {
            reason = $"{service} has never run against this database";
            return false;
        }

        reason = "";
        return true;
    }
}
