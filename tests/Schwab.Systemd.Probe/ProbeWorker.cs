using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Hosting;

namespace Schwab.Systemd.Probe;

/// <summary>One work loop: beats the watchdog, sets STATUS and logs a structured line every tick, and misbehaves on request.</summary>
internal sealed class ProbeWorker(
    IOptions<ProbeOptions> options, WorkLoopWatchdog watchdog, DaemonStatus status, TimeProvider time, ILogger<ProbeWorker> logger)
    : BackgroundService
{
    private readonly ProbeOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkLoopWatchdog.Loop loop = watchdog.Register("probe", _options.Interval * 3);
        using var timer = new PeriodicTimer(_options.Interval, time);
        int tick = 0;
        do
        {
            tick++;
            if (tick > _options.FaultAfter)
            {
                throw new InvalidOperationException($"probe fault requested after {_options.FaultAfter} ticks");
            }

            if (tick > _options.FreezeAfter)
            {
                Log.Frozen(logger, tick - 1);
                // A hung loop: it never beats again, so the watchdog ping is withheld and systemd restarts us.
                await Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken);
            }

            loop.Beat();
            status.Set($"probe running, tick {tick}");
            Log.Tick(logger, tick);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
