using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Time;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// The calendar (<c>stale:market-hours</c>): today and tomorrow (exchange dates) must be stored, or every schedule falls back
/// to Monday–Friday 09:30–16:00 ET; a warning. The detail says how many of the days <c>schwab-markethours</c> fetches are there.
/// </summary>
internal static class MarketHoursFreshness
{
    public static async Task<HealthCheck> EvaluateAsync(
        HealthContext context, MarketHoursOptions options, FreshnessStore store, CancellationToken cancellationToken)
    {
        const string Name = "market hours";
        const string Key = "stale:market-hours";
        DateOnly today = MarketClock.ExchangeDate(context.Now);
        DateOnly last = today.AddDays(options.DaysAhead);
        IReadOnlySet<DateOnly> stored = await store.GetStoredDatesAsync(today, last, cancellationToken);
        DateOnly[] required = options.DaysAhead > 0 ? [today, today.AddDays(1)] : [today];
        DateOnly[] missing = [.. required.Where(d => !stored.Contains(d))];
        var values = new Dictionary<string, object?>
        {
            ["today"] = today,
            ["daysStored"] = stored.Count,
            ["daysExpected"] = options.DaysAhead + 1,
            ["missing"] = missing,
        };
        string summary = $"{stored.Count} of {options.DaysAhead + 1} days stored from {today:yyyy-MM-dd} to {last:yyyy-MM-dd}";
        if (!context.IsExpected(HealthUnits.MarketHours, out string reason))
        {
            return HealthCheck.Ok(Name, Key, $"not collected here: {reason}; {summary}", values);
        }

        return missing.Length == 0
            ? HealthCheck.Ok(Name, Key, summary, values)
            : HealthCheck.Of(
                HealthStatus.Warning, Name, Key,
                $"no calendar for {string.Join(", ", missing.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}: schedules fall back to Monday–Friday 09:30–16:00 ET; {summary}",
                values);
    }
}
