using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;

namespace Schwab.Core.Hosting;

/// <summary>
/// Sends <c>WATCHDOG=1</c> at half the interval systemd asked for (<c>WATCHDOG_USEC</c>), but only while
/// <see cref="WorkLoopWatchdog"/> reports no stalled loop. Does nothing outside systemd or without <c>WatchdogSec=</c>.
/// </summary>
internal sealed class WatchdogPinger(
    ISystemdNotifier notifier, WorkLoopWatchdog watchdog, TimeProvider time, ILogger<WatchdogPinger> logger,
    Func<string, string?>? environment = null) : BackgroundService
{
    private bool _reportedStall;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan? interval = Interval((environment ?? Environment.GetEnvironmentVariable)("WATCHDOG_USEC"));
        if (!notifier.IsEnabled || interval is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval.Value / 2, time);
        do
        {
            Tick();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One turn: ping when no loop is stalled; otherwise withhold the ping and say so once.</summary>
    /// <returns>Whether a ping was sent.</returns>
    internal bool Tick()
    {
        IReadOnlyList<string> stalled = watchdog.StalledLoops();
        if (stalled.Count == 0)
        {
            notifier.Notify(new ServiceState("WATCHDOG=1"));
            _reportedStall = false;
            return true;
        }

        if (!_reportedStall)
        {
            Log.WorkLoopStalled(logger, string.Join(", ", stalled));
            _reportedStall = true;
        }

        return false;
    }

    internal static TimeSpan? Interval(string? watchdogUsec) =>
        long.TryParse(watchdogUsec, NumberStyles.None, CultureInfo.InvariantCulture, out long usec) && usec > 0
            ? TimeSpan.FromMicroseconds(usec)
            : null;
}
