using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Time;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// Balances and positions (<c>stale:balances</c>): the newest snapshot must be at or after the last scheduled time (on an
/// open day, at least <c>Health:BalancesGrace</c> ago, and while <c>schwab-balances</c> was running). A missing snapshot is
/// a warning: the next scheduled one catches up.
/// </summary>
internal static class BalancesFreshness
{
    public static async Task<HealthCheck> EvaluateAsync(
        HealthContext context, BalancesOptions options, MarketClock clock, DatasetFreshness newest, CancellationToken cancellationToken)
    {
        const string Name = "balances";
        const string Key = "stale:balances";
        ServiceStatus? row = context.Heartbeat(HealthUnits.Balances);
        DateTimeOffset? due = await LastDueAsync(context, options, clock, row?.StartedAt ?? context.Now, cancellationToken);
        var values = new Dictionary<string, object?>
        {
            ["newestBalances"] = newest.NewestBalances,
            ["newestPositions"] = newest.NewestPositions,
            ["lastDue"] = due,
        };
        string newestText = newest.NewestBalances is { } b
            ? $"newest snapshot {Ago.Instant(b)} ({Ago.Span(context.Now - b)} ago){(newest.NewestPositions is { } p ? $", positions {Ago.Instant(p)}" : ", no positions")}"
            : "no snapshot stored";
        if (!context.IsExpected(HealthUnits.Balances, out string reason))
        {
            return HealthCheck.Ok(Name, Key, $"not collected here: {reason}; {newestText}", values);
        }

        if (due is null)
        {
            return HealthCheck.Ok(Name, Key, $"no snapshot due since {HealthUnits.Balances} started; {newestText}", values);
        }

        return newest.NewestBalances >= due
            ? HealthCheck.Ok(Name, Key, newestText, values)
            : HealthCheck.Of(HealthStatus.Warning, Name, Key, $"the snapshot due at {Ago.Instant(due.Value)} is missing; {newestText}", values);
    }

    // The latest scheduled time on an open day that is past its grace and came after the daemon started (a daemon started
    // later could not have taken it), looking back at most a week.
    private static async Task<DateTimeOffset?> LastDueAsync(
        HealthContext context, BalancesOptions options, MarketClock clock, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var schedule = new DailySchedule(options.Times, options.TimeZone);
        DateTimeOffset until = context.Now - context.Options.BalancesGrace;
        DateTimeOffset after = startedAt > until - TimeSpan.FromDays(7) ? startedAt : until - TimeSpan.FromDays(7);
        foreach (DateTimeOffset slot in schedule.Between(after, until).Reverse())
        {
            if ((await clock.GetDayAsync(MarketClock.ExchangeDate(slot), cancellationToken)).IsOpen)
            {
                return slot;
            }
        }

        return null;
    }
}
