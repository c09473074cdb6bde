using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Schwab.Core.Data;

namespace Schwab.Core.Hosting;

/// <summary>
/// Writes the daemon's <c>SERVICE_STATUS</c> row every <see cref="Interval"/>: host, pid, start time, the STATUS line,
/// and the last success and error its workers reported through <see cref="DaemonStatus"/>.
/// </summary>
internal sealed class HeartbeatWorker(
    ServiceStatusStore store, DaemonStatus status, DaemonIdentity identity, TimeProvider time, ILogger<HeartbeatWorker> logger) : BackgroundService
{
    /// <summary>How often the row is written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.UpsertAsync(
                new ServiceStatus
                {
                    Service = identity.Service,
                    Host = identity.Host,
                    Pid = identity.Pid,
                    StartedAt = identity.StartedAt,
                    LastHeartbeatAt = time.GetUtcNow(),
                    LastSuccessAt = status.LastSuccessAt,
                    LastErrorAt = status.LastErrorAt,
                    LastError = status.LastError,
                    Status = status.Text,
                },
                cancellationToken);
            _failing = false;
        }
        catch (DbException ex)
        {
            // A database outage is reported once (and by the workers that need it), not every 30 seconds.
            if (!_failing)
            {
                Log.HeartbeatFailed(logger, ex);
                _failing = true;
            }
        }
    }
}
