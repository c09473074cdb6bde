using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Collectors;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;
using Schwab.Core.Time;

namespace Schwab.Daemons.Balances;

/// <summary>
/// At each of <see cref="BalancesOptions.Times"/> on days the equity market is open (per <see cref="MarketClock"/>), stores one
/// balances-and-positions snapshot keyed by that time and the account hashes. The times come from a <see cref="SlotScheduler"/>
/// (each taken once, late ones marked late); the loop also turns on every whole minute, so a failed snapshot is retried each
/// minute for <see cref="RetryWindow"/> under the same key, and a repeat inserts nothing.
/// </summary>
internal sealed class BalancesWorker(
    IServiceScopeFactory scopes,
    MarketClock clock,
    IOptions<BalancesOptions> options,
    DaemonStatus status,
    WorkLoopWatchdog watchdog,
    TimeProvider time,
    ILogger<BalancesWorker> logger) : BackgroundService
{
    /// <summary>How long after its time a snapshot is still taken (a later one would be labelled with a time it does not show).</summary>
    internal static readonly TimeSpan RetryWindow = TimeSpan.FromMinutes(15);

    /// <summary>How late a snapshot may be taken and still show the balances of its time.</summary>
    internal static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(30);

    private readonly DailySchedule _schedule = new(options.Value.Times, options.Value.TimeZone);
    private readonly SlotScheduler _slots = new(
        "balances", new DailySchedule(options.Value.Times, options.Value.TimeZone).Next, Tolerance, time, logger);
    private DateTimeOffset? _pending;
    private DateTimeOffset? _next;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkLoopWatchdog.Loop loop = watchdog.Register("balances", TimeSpan.FromMinutes(4) + TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunDueAsync(stoppingToken);
            loop.Beat();
            await _slots.WaitForNextAsync(stoppingToken, wakeBy: SlotScheduler.NextMinute(time.GetUtcNow()));
        }
    }

    /// <summary>One turn: takes the snapshot whose time has come (or is being retried); sets STATUS.</summary>
    /// <returns>The stored snapshot, or null when none was due or it failed.</returns>
    internal async Task<BalancesSnapshot?> RunDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        foreach (DueSlot slot in await _slots.TakeDueAsync(cancellationToken))
        {
            if ((await clock.GetDayAsync(MarketClock.ExchangeDate(slot.Slot), cancellationToken)).IsOpen)
            {
                // The latest due time wins; an older one still pending would be mislabelled, so it is given up, and said so.
                if (_pending is { } older)
                {
                    Skip(older, now);
                }

                _pending = slot.Slot;
            }
        }

        BalancesSnapshot? stored = null;
        if (_pending is { } due)
        {
            stored = now - due > RetryWindow ? Skip(due, now) : await TryCollectAsync(due, cancellationToken);
        }

        await SetStatusAsync(now, cancellationToken);
        return stored;
    }

    private BalancesSnapshot? Skip(DateTimeOffset slot, DateTimeOffset now)
    {
        Log.SnapshotSkipped(logger, slot, now - slot);
        _pending = null;
        return null;
    }

    private async Task<BalancesSnapshot?> TryCollectAsync(DateTimeOffset slot, CancellationToken cancellationToken)
    {
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            BalancesSnapshot snapshot = await ActivatorUtilities.CreateInstance<BalancesCollector>(scope.ServiceProvider)
                .CollectAsync(slot, cancellationToken);
            _pending = null;
            status.Succeeded(time.GetUtcNow());
            return snapshot;
        }
        catch (Exception ex) when (ex is SchwabApiException or DbException or HttpRequestException or TimeoutException)
        {
            string error = ex.Message.ReplaceLineEndings(" ");
            status.Failed(time.GetUtcNow(), error);
            if (ex is SchwabApiException { IsTransient: false })
            {
                Log.SnapshotAbandoned(logger, slot, error);
                _pending = null;
            }
            else
            {
                Log.SnapshotFailed(logger, slot, error);
            }

            return null;
        }
    }

    private async Task SetStatusAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_pending is { } retrying)
        {
            status.Set($"snapshot of {_schedule.Format(retrying)} failed, retrying at the next minute");
            return;
        }

        if (_next is null || _next <= now)
        {
            _next = await NextOpenSlotAsync(now, cancellationToken);
        }

        status.Set(_next is { } next
            ? string.Create(CultureInfo.InvariantCulture, $"next snapshot {_schedule.Format(next)} on {MarketClock.ExchangeDate(next):yyyy-MM-dd}")
            : "no snapshot times configured");
    }

    private async Task<DateTimeOffset?> NextOpenSlotAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (DateTimeOffset slot in _schedule.Between(now, now.AddDays(14)))
        {
            if ((await clock.GetDayAsync(MarketClock.ExchangeDate(slot), cancellationToken)).IsOpen)
            {
                return slot;
            }
        }

        return null;
    }
}
