using Schwab.Core.Data;
using Schwab.Core.Hosting;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// One check per daemon (<c>heartbeat:schwab-ohlc</c>) from its <c>SERVICE_STATUS</c> row: a heartbeat older than
/// <c>Health:HeartbeatWarning</c> is a warning, older than <c>Health:HeartbeatCritical</c> critical; a last unit of work that
/// failed (its error newer than its last success) is a warning. A daemon not meant to run here is reported, never failed.
/// A daemon that stopped cleanly wrote a last row saying so (<see cref="HeartbeatWorker.Stopped"/>): right after a stop (the
/// demo) that is fine, but the age thresholds still apply, so a daemon stopped for hours is stale; under systemd the unit's
/// state (<see cref="UnitChecks"/>) says whether it should be running at all.
/// </summary>
internal static class HeartbeatChecks
{
    public static IEnumerable<HealthCheck> Evaluate(HealthContext context) => HealthUnits.Daemons.Select(d => Evaluate(context, d));

    private static HealthCheck Evaluate(HealthContext context, string service)
    {
        string name = "heartbeat " + service;
        string key = "heartbeat:" + service;
        ServiceStatus? row = context.Heartbeat(service);
        Dictionary<string, object?> values = Values(context, row);
        if (!context.IsExpected(service, out string reason))
        {
            string last = row is null ? "" : $"; last heartbeat {Ago.Span(context.Now - row.LastHeartbeatAt)} ago";
            return HealthCheck.Ok(name, key, $"not running here: {reason}{last}", values);
        }

        if (row is null)
        {
            // Under systemd the unit runs (or should) but has never written its row: fine only while it is starting.
            UnitState? unit = context.Systemd.Daemon(service);
            TimeSpan? up = unit?.ActiveEnterTimestamp is { } entered && unit.IsActive ? context.Now - entered : null;
            return up is { } u && u <= context.Options.HeartbeatWarning
                ? HealthCheck.Ok(name, key, $"no heartbeat yet (started {Ago.Span(u)} ago)", values)
                : HealthCheck.Of(HealthStatus.Critical, name, key, "no heartbeat row: the daemon has not reached its work loop", values);
        }

        TimeSpan age = context.Now - row.LastHeartbeatAt;
        HealthStatus level = Ago.Grade(age, context.Options.HeartbeatWarning, context.Options.HeartbeatCritical);
        bool stopped = row.Status is HeartbeatWorker.Stopped or HeartbeatWorker.StoppedAfterFailure;
        string detail = stopped ? $"{row.Status} {Ago.Span(age)} ago on {row.Host}" : $"last heartbeat {Ago.Span(age)} ago on {row.Host}";
        if (level != HealthStatus.Ok)
        {
            TimeSpan threshold = level == HealthStatus.Critical ? context.Options.HeartbeatCritical : context.Options.HeartbeatWarning;
            detail += stopped ? $" (more than {Ago.Span(threshold)}: start {service} again)" : $" (more than {Ago.Span(threshold)}: is {service} running?)";
        }
        else if (row.LastErrorAt is { } failedAt && (row.LastSuccessAt is null || failedAt > row.LastSuccessAt))
        {
            level = HealthStatus.Warning;
            detail += $"; its last work failed {Ago.Span(context.Now - failedAt)} ago: {row.LastError}";
        }
        else if (!stopped && !string.IsNullOrEmpty(row.Status))
        {
            detail += $"; {row.Status}";
        }

        return HealthCheck.Of(level, name, key, detail, values);
    }

    private static Dictionary<string, object?> Values(HealthContext context, ServiceStatus? row) => new()
    {
        ["host"] = row?.Host,
        ["pid"] = row?.Pid,
        ["startedAt"] = row?.StartedAt,
        ["lastHeartbeatAt"] = row?.LastHeartbeatAt,
        ["ageSeconds"] = row is null ? null : (long)(context.Now - row.LastHeartbeatAt).TotalSeconds,
        ["lastSuccessAt"] = row?.LastSuccessAt,
        ["lastErrorAt"] = row?.LastErrorAt,
        ["lastError"] = row?.LastError,
        ["status"] = row?.Status,
    };
}
