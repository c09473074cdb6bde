using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;
using Schwab.Core.Time;

namespace Schwab.Daemons.Chains;

/// <summary>
/// At every minute boundary of the regular session (± <see cref="ChainsOptions.SessionPadding"/>), takes the snapshots of
/// every cadence that matches the minute, for every symbol, tagged with the scheduled minute (UTC).
/// </summary>
/// <remarks>
/// The minutes come from a <see cref="SlotScheduler"/>: each minute is taken once, the one after the last taken, however
/// early or late the timer fires. A minute taken more than <see cref="ChainsOptions.SlotTolerance"/> late is logged as
/// late (its snapshot shows a later market than its label); minutes more than <see cref="MaxCatchUp"/> old are skipped
/// with one warning.
/// </remarks>
internal sealed class ChainsWorker(
    ChainSchedule schedule,
    ChainSnapshotCollector collector,
    MarketClock clock,
    IOptions<ChainsOptions> chainsOptions,
    IOptions<SchwabApiOptions> apiOptions,
    DaemonStatus status,
    WorkLoopWatchdog watchdog,
    TimeProvider time,
    ILogger<ChainsWorker> logger) : BackgroundService
{
    /// <summary>How many missed minutes a late tick still takes; older ones are logged as skipped.</summary>
    internal static readonly TimeSpan MaxCatchUp = TimeSpan.FromMinutes(5);

    private readonly ChainsOptions _options = chainsOptions.Value;
    private readonly SlotScheduler _minutes = new(
        "chains", after => ChainSchedule.FloorToMinute(after).AddMinutes(1), chainsOptions.Value.SlotTolerance, time, logger, MaxCatchUp);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkLoopWatchdog.Loop loop = watchdog.Register("chains", TimeSpan.FromMinutes(10));
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            loop.Beat();
            await _minutes.WaitForNextAsync(stoppingToken);
        }
    }

    /// <summary>Takes the snapshots of every minute due since the last run (none twice); sets the STATUS line.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        DueSlot? late = null;
        foreach (DueSlot minute in await _minutes.TakeDueAsync(cancellationToken))
        {
            if (await CollectMinuteAsync(minute.Slot, cancellationToken) > 0 && minute.IsLate)
            {
                late = minute;
            }
        }

        await SetStatusAsync(_minutes.LastTaken ?? ChainSchedule.FloorToMinute(time.GetUtcNow()), cancellationToken);
        if (late is { } l)
        {
            // The snapshots of a late minute show a later market than their label: the STATUS line says so until the next turn.
            status.Set(string.Create(CultureInfo.InvariantCulture,
                $"{status.Text}; the {TimeZoneInfo.ConvertTime(l.Slot, MarketClock.Exchange):HH:mm} ET snapshots were taken {l.Lateness.TotalSeconds:0} s late"));
        }
    }

    /// <summary>Takes every snapshot due at <paramref name="minute"/>, for every symbol.</summary>
    /// <returns>How many cadences were due.</returns>
    private async Task<int> CollectMinuteAsync(DateTimeOffset minute, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChainCadence> due;
        try
        {
            due = await schedule.DueAsync(minute, cancellationToken);
        }
        catch (DbException ex)
        {
            Log.CalendarFailed(logger, ex.Message.ReplaceLineEndings(" "));
            status.Failed(time.GetUtcNow(), $"market calendar: {ex.Message}");
            return 0;
        }

        foreach (string symbol in _options.Symbols)
        {
            foreach (ChainCadence cadence in due)
            {
                await CollectAsync(symbol, cadence, minute, cancellationToken);
            }
        }

        return due.Count;
    }

    private async Task CollectAsync(string symbol, ChainCadence cadence, DateTimeOffset minute, CancellationToken cancellationToken)
    {
        try
        {
            (int contracts, int inserted) = await collector.CollectAsync(symbol, cadence, minute, cancellationToken);
            Log.SnapshotStored(logger, cadence.Name, symbol, minute, contracts, inserted);
            status.Succeeded(time.GetUtcNow());
        }
        catch (ReauthenticationRequiredException ex)
        {
            string apiName = ex.ApiName.Length > 0 ? ex.ApiName : apiOptions.Value.DataApp;
            Log.ReauthenticationRequired(logger, apiName);
            status.Failed(time.GetUtcNow(), ReauthenticationRequiredException.MessageFor(apiName));
        }
        catch (Exception ex) when (ex is SchwabApiException or DbException or HttpRequestException)
        {
            Log.SnapshotFailed(logger, cadence.Name, symbol, minute, ex.Message.ReplaceLineEndings(" "));
            status.Failed(time.GetUtcNow(), $"{cadence.Name} {symbol}: {ex.Message}");
        }
    }

    private async Task SetStatusAsync(DateTimeOffset current, CancellationToken cancellationToken)
    {
        try
        {
            if (await schedule.NextSnapshotAsync(current, cancellationToken) is { } next)
            {
                status.Set(string.Create(CultureInfo.InvariantCulture, $"next snapshot {TimeZoneInfo.ConvertTime(next, MarketClock.Exchange):HH:mm:ss} ET"));
                return;
            }

            TradingDay? day = await clock.CurrentOrNextSessionAsync(current.AddMinutes(1), cancellationToken);
            status.Set(day is null ? "no session in the next 14 days" : Waiting(day, MarketClock.ExchangeDate(current)));
        }
        catch (DbException ex)
        {
            status.Set($"market calendar unavailable: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static string Waiting(TradingDay day, DateOnly today)
    {
        string open = TimeZoneInfo.ConvertTime(day.Regular!.Start, MarketClock.Exchange).ToString("HH:mm", CultureInfo.InvariantCulture);
        return day.Date == today
            ? $"waiting for session {open} ET"
            : string.Create(CultureInfo.InvariantCulture, $"waiting for session {open} ET on {day.Date:yyyy-MM-dd}");
    }
}
