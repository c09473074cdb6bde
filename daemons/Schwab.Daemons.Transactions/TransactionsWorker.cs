using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;
using Schwab.Core.Time;

namespace Schwab.Daemons.Transactions;

/// <summary>
/// Polls orders every <see cref="TransactionsOptions.SessionInterval"/> during the regular session and every
/// <see cref="TransactionsOptions.OffSessionInterval"/> outside it (the session comes from <see cref="MarketClock"/>). Each poll is
/// due one interval after the one before it (a <see cref="SlotScheduler"/>), so the polls neither drift by the time a poll
/// takes nor run twice when a timer fires early; transient failures are logged once per outage and retried at the next tick; a refused login is reported, not retried
/// in a crash loop.
/// </summary>
internal sealed class TransactionsWorker(
    TransactionsCollector collector,
    MarketClock clock,
    IOptions<TransactionsOptions> options,
    IOptions<SchwabApiOptions> apiOptions,
    DaemonStatus status,
    WorkLoopWatchdog watchdog,
    TimeProvider time,
    ILogger<TransactionsWorker> logger) : BackgroundService
{
    private readonly TransactionsOptions _options = options.Value;
    private SlotScheduler? _polls;
    private DateTimeOffset? _firstPoll;
    private int _failures;

    // A poll is late when the one before it overran the interval; missed polls are not made up, one poll covers them.
    private SlotScheduler Polls => _polls ??= new("transactions", NextPollAsync, _options.SessionInterval, time, logger, maxCatchUp: _options.SessionInterval);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkLoopWatchdog.Loop loop = watchdog.Register("transactions", (_options.OffSessionInterval * 3) + TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            if ((await Polls.TakeDueAsync(stoppingToken)).Count > 0)
            {
                await RunOnceAsync(stoppingToken);
            }

            loop.Beat();
            await Polls.WaitForNextAsync(stoppingToken);
        }
    }

    /// <summary>One tick: collects, sets STATUS and the heartbeat outcome; returns the wait until the next tick.</summary>
    internal async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        string summary;
        try
        {
            summary = await collector.RunOnceAsync(cancellationToken);
            status.Succeeded(time.GetUtcNow());
            if (_failures > 0)
            {
                Log.Recovered(logger, _failures);
                _failures = 0;
            }
        }
        catch (ReauthenticationRequiredException)
        {
            string apiName = apiOptions.Value.TradeApp;
            if (_failures++ == 0)
            {
                Log.ReauthenticationRequired(logger, apiName);
            }

            summary = ReauthenticationRequiredException.MessageFor(apiName);
            status.Failed(time.GetUtcNow(), summary);
        }
        catch (Exception ex) when (ex is SchwabApiException or DbException or HttpRequestException or TimeoutException)
        {
            string error = ex.Message.ReplaceLineEndings(" ");
            if (_failures++ == 0)
            {
                Log.PollFailed(logger, error);
            }

            status.Failed(time.GetUtcNow(), error);
            summary = "last poll failed, retrying";
        }

        DateTimeOffset from = _polls?.LastTaken ?? time.GetUtcNow();
        bool inSession = await InSessionAsync(from, cancellationToken);
        TimeSpan interval = inSession ? _options.SessionInterval : _options.OffSessionInterval;
        DateTimeOffset next = TimeZoneInfo.ConvertTime(from + interval, MarketClock.Exchange);
        status.Set(string.Create(CultureInfo.InvariantCulture,
            $"{summary}; {(inSession ? "in session" : "outside the session")}, next poll {next:HH:mm:ss} ET"));
        return interval;
    }

    // The first poll is due at start; each next one an interval after the last, the interval of the session state at the last.
    private async ValueTask<DateTimeOffset?> NextPollAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        if (Polls.LastTaken is not { } last)
        {
            return _firstPoll ??= time.GetUtcNow();
        }

        return last + (await InSessionAsync(last, cancellationToken) ? _options.SessionInterval : _options.OffSessionInterval);
    }

    private async Task<bool> InSessionAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            // Only today's session can contain now (sessions do not cross midnight ET): one calendar read, not a search ahead.
            TradingDay day = await clock.GetDayAsync(MarketClock.ExchangeDate(now), cancellationToken);
            return day.Regular?.Contains(now) == true;
        }
        catch (DbException)
        {
            // The calendar is unreadable while the database is down; poll at the quiet rate until it is back.
            return false;
        }
    }
}
