using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Domain;
using Schwab.Core.Hosting;
using Schwab.Core.Time;

namespace Schwab.Daemons.MarketHours;

/// <summary>
/// Fetches <c>/markets</c> (equity and option) for today and the next <see cref="MarketHoursOptions.DaysAhead"/> days at start and at
/// each of <see cref="MarketHoursOptions.FetchTimes"/>, and stores them (open days with their sessions, early closes, holidays).
/// The fetch times come from a <see cref="SlotScheduler"/> (each taken once, however early or late the timer fires); the loop
/// also turns every minute, so a transient failure is retried at the next turn, any other at the next fetch time.
/// </summary>
internal sealed class MarketHoursWorker(
    IServiceScopeFactory scopes,
    MarketHoursStore store,
    IOptions<MarketHoursOptions> options,
    DaemonStatus status,
    WorkLoopWatchdog watchdog,
    TimeProvider time,
    ILogger<MarketHoursWorker> logger) : BackgroundService
{
    private readonly MarketHoursOptions _options = options.Value;
    // The calendar fetched is the same all day; a late fetch is only reported.
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly DailySchedule _schedule = new(options.Value.FetchTimes, options.Value.TimeZone);
    private readonly SlotScheduler _slots = new(
        "markethours", new DailySchedule(options.Value.FetchTimes, options.Value.TimeZone).Next, Tolerance, time, logger);
    private bool _due = true;
    private int _daysStored;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkLoopWatchdog.Loop loop = watchdog.Register("markethours", TimeSpan.FromMinutes(3) + TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunDueAsync(stoppingToken);
            loop.Beat();
            await _slots.WaitForNextAsync(stoppingToken, wakeBy: SlotScheduler.NextMinute(time.GetUtcNow()));
        }
    }

    /// <summary>One turn: fetches when starting, when a fetch time has passed since the last turn, or after a transient failure.</summary>
    /// <returns>True when a fetch ran and succeeded.</returns>
    internal async Task<bool> RunDueAsync(CancellationToken cancellationToken)
    {
        if ((await _slots.TakeDueAsync(cancellationToken)).Count > 0)
        {
            _due = true;
        }

        bool fetched = false;
        string? problem = null;
        if (_due)
        {
            (fetched, bool retry, problem) = await TryFetchAsync(cancellationToken);
            _due = retry;
        }

        string next = _due ? "retrying at the next minute" : $"next fetch {_schedule.Format(await _slots.NextAsync(cancellationToken) ?? time.GetUtcNow())}";
        status.Set(string.Create(CultureInfo.InvariantCulture, $"{(problem is null ? "" : "fetch failed, ")}{next}; {_daysStored} days stored"));
        return fetched;
    }

    /// <summary>Fetches today and the next days and stores them in one transaction.</summary>
    /// <returns>The number of days stored.</returns>
    internal async Task<int> FetchAsync(CancellationToken cancellationToken)
    {
        DateOnly today = MarketClock.ExchangeDate(time.GetUtcNow());
        var days = new List<Core.Domain.MarketHours>();
        using (IServiceScope scope = scopes.CreateScope())
        {
            SchwabClient client = scope.ServiceProvider.GetRequiredService<SchwabClient>();
            for (int i = 0; i <= _options.DaysAhead; i++)
            {
                days.AddRange(await client.MarketData.GetMarketHoursAsync(_options.Markets, today.AddDays(i), cancellationToken));
            }
        }

        await store.UpsertAsync(days, cancellationToken);
        var dates = days.GroupBy(d => d.Date).ToList();
        int open = dates.Count(g => g.Any(d => d.IsOpen));
        int early = dates.Count(g => g.Any(IsEarlyClose));
        DateOnly last = today.AddDays(_options.DaysAhead);
        Log.Stored(logger, dates.Count, today, last, open, dates.Count - open, early);
        _daysStored = dates.Count;
        return dates.Count;
    }

    private async Task<(bool Fetched, bool Retry, string? Problem)> TryFetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FetchAsync(cancellationToken);
            status.Succeeded(time.GetUtcNow());
            return (true, false, null);
        }
        catch (Exception ex) when (ex is SchwabApiException or DbException or HttpRequestException or TimeoutException)
        {
            string error = ex.Message.ReplaceLineEndings(" ");
            bool transient = ex is not SchwabApiException { IsTransient: false };
            Log.FetchFailed(logger, transient ? "retrying at the next minute" : "retrying at the next fetch time", error);
            status.Failed(time.GetUtcNow(), error);
            return (false, transient, error);
        }
    }

    // An early close: the regular session ends before 16:00 exchange time.
    private static bool IsEarlyClose(Core.Domain.MarketHours day) =>
        day.IsOpen && day.Sessions.FirstOrDefault(s => s.Kind == MarketSessionKind.Regular) is { } regular
        && TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(regular.End, MarketClock.Exchange).DateTime) < new TimeOnly(16, 0);
}
