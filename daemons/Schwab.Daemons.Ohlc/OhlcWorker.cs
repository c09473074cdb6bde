using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data.Candles;
using Schwab.Core.Hosting;
using Schwab.Core.Time;

namespace Schwab.Daemons.Ohlc;

/// <summary>
/// Once at start (to catch up after downtime), then at every <see cref="OhlcSchedule"/> time: for each symbol, fill the minute
/// gaps of the last <see cref="OhlcOptions.MinuteDays"/> trading days and refresh the daily candles of the last
/// <see cref="OhlcOptions.DailyMonths"/> months. A failed symbol is logged and left for the next run, whose gap detection
/// fetches whatever this one missed.
/// </summary>
internal sealed class OhlcWorker(
    IServiceScopeFactory scopes,
    IOptions<OhlcOptions> options,
    DaemonStatus status,
    WorkLoopWatchdog watchdog,
    TimeProvider time,
    ILogger<OhlcWorker> logger) : BackgroundService
{
    // The longest wait between two scheduled runs is Saturday morning to Monday morning.
    private static readonly TimeSpan MaxSilence = TimeSpan.FromDays(3);

    // A run fills whatever is missing whenever it starts; a later start is only reported.
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);

    private readonly SlotScheduler _runs = new("ohlc", OhlcSchedule.For(options.Value).Next, Tolerance, time, logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkLoopWatchdog.Loop loop = watchdog.Register("ohlc", MaxSilence);
        bool starting = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Run times missed together (a late wake-up) are served by one run: each fills every gap there is.
            if ((await _runs.TakeDueAsync(stoppingToken)).Count > 0 || starting)
            {
                await RunOnceAsync(stoppingToken);
            }

            starting = false;
            loop.Beat();
            if (await _runs.NextAsync(stoppingToken) is { } next)
            {
                Log.NextRun(logger, next);
            }

            await _runs.WaitForNextAsync(stoppingToken);
        }
    }

    /// <summary>One run over every symbol; sets the STATUS line and the heartbeat outcome. Returns each symbol's fill (null when it failed).</summary>
    internal async Task<IReadOnlyDictionary<string, CandleFill?>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, CandleFill?>(StringComparer.Ordinal);
        var lines = new List<string>();
        string? failure = null;
        foreach (string symbol in options.Value.Symbols)
        {
            try
            {
                // A scope per symbol: the collector holds a typed HttpClient that must not live as long as the daemon.
                using IServiceScope scope = scopes.CreateScope();
                CandleFill fill = await ActivatorUtilities.CreateInstance<CandleCollector>(scope.ServiceProvider).CollectAsync(symbol, cancellationToken);
                results[symbol] = fill;
                Log.Collected(logger, symbol, fill.MinuteGaps.Count, fill.MinutesWritten, fill.DaysWritten, fill.MinuteGapsLeft.Count);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{symbol}: {fill.MinutesWritten} minutes, {fill.DaysWritten} days written"));
            }
            catch (Exception ex) when (ex is SchwabApiException or DbException or HttpRequestException)
            {
                results[symbol] = null;
                failure = $"{symbol}: {ex.Message.ReplaceLineEndings(" ")}";
                Log.CollectFailed(logger, symbol, ex.Message.ReplaceLineEndings(" "));
                lines.Add($"{symbol}: failed, retrying at the next run");
            }
        }

        DateTimeOffset now = time.GetUtcNow();
        if (failure is null)
        {
            status.Succeeded(now);
        }
        else
        {
            status.Failed(now, failure);
        }

        status.Set(string.Join("; ", lines));
        return results;
    }
}
