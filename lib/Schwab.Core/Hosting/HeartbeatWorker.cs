using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Schwab.Core.Data;

namespace Schwab.Core.Hosting;

/// <summary>
/// Writes the daemon's <c>SERVICE_STATUS</c> row every <see cref="Interval"/>, and as soon as the STATUS line changes (at most
/// once per <see cref="MinimumGap"/>): host, pid, start time, the STATUS line, and the last success and error its workers
/// reported through <see cref="DaemonStatus"/>. Readers of the row (the demo, <c>schwabctl health</c>) so see what the daemon
/// is doing now, not what it did up to 30 seconds ago. When the host stops, after the
/// workers registered later have stopped, it writes a last row whose status is <see cref="Stopped"/> (or
/// <see cref="StoppedAfterFailure"/> with the failure as the last error, when a worker faulted and stopped the host).
/// </summary>
internal sealed class HeartbeatWorker(
    ServiceStatusStore store, DaemonStatus status, DaemonIdentity identity, TimeProvider time, IServiceProvider services,
    ILogger<HeartbeatWorker> logger) : BackgroundService
{
    /// <summary>How often the row is written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>The least time between two rows written for status changes: a status that changes every frame costs one write a second.</summary>
    public static readonly TimeSpan MinimumGap = TimeSpan.FromSeconds(1);

    /// <summary>The status of the last row of a daemon that stopped cleanly.</summary>
    public const string Stopped = "stopped";

    /// <summary>The status of the last row of a daemon whose worker faulted.</summary>
    public const string StoppedAfterFailure = "stopped after a failure";

    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        Task<bool>? tick = null;
        while (true)
        {
            // Taken before the write, so a change made while it runs is written next.
            Task changed = status.WaitForChangeAsync(stoppingToken);
            long written = time.GetTimestamp();
            await RunOnceAsync(stoppingToken);
            tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
            if (await Task.WhenAny(tick, changed) == tick)
            {
                if (!await tick)
                {
                    return;
                }

                tick = null;
                continue;
            }

            await changed;
            TimeSpan since = time.GetElapsedTime(written);
            if (since < MinimumGap)
            {
                await Task.Delay(MinimumGap - since, time, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (ExecuteTask is null)
        {
            return; // never started (start-up refused): this daemon has no heartbeat to end
        }

        Exception? fault = services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Select(w => w.ExecuteTask is { IsFaulted: true } task ? task.Exception!.GetBaseException() : null)
            .FirstOrDefault(e => e is not null);
        try
        {
            await WriteAsync(fault is null ? Stopped : StoppedAfterFailure, fault, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown timeout ran out: the row keeps the last periodic heartbeat.
        }
    }

    internal Task RunOnceAsync(CancellationToken cancellationToken) => WriteAsync(status.Text, fault: null, cancellationToken);

    private async Task WriteAsync(string statusText, Exception? fault, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        try
        {
            await store.UpsertAsync(
                new ServiceStatus
                {
                    Service = identity.Service,
                    Host = identity.Host,
                    Pid = identity.Pid,
                    StartedAt = identity.StartedAt,
                    LastHeartbeatAt = now,
                    LastSuccessAt = status.LastSuccessAt,
                    LastErrorAt = fault is null ? status.LastErrorAt : now,
                    LastError = fault is null ? status.LastError : fault.Message.ReplaceLineEndings(" "),
                    Status = statusText,
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
