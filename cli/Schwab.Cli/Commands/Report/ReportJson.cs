using Schwab.Core.Reports;
using Schwab.Core.Reports.Journal;

namespace Schwab.Cli.Commands.Report;

/// <summary>The stable <c>--json</c> shape of one day's report (one object per line; absent keys were null).</summary>
internal static class ReportJson
{
    public static object From(DailyReport report) => new
    {
        day = report.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        from = report.From,
        to = report.To,
        session = new
        {
            open = report.Session.IsOpen,
            fromCalendar = report.Session.FromCalendar,
            regularStart = report.Session.Regular?.Start,
            regularEnd = report.Session.Regular?.End,
        },
        datasets = report.Datasets.ToDictionary(d => d.Name, d => d.Rows, StringComparer.Ordinal),
        chains = report.Chains.Select(c => new { frequency = c.Frequency, snapshots = c.Snapshots, contracts = c.Contracts }),
        gaps = report.Gaps.Select(g => new { dataset = g.Dataset, symbol = g.Symbol, start = g.Start, end = g.End, minutes = g.Minutes }),
        gapMinutes = report.Gaps.GroupBy(g => g.Dataset, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Minutes), StringComparer.Ordinal),
        journal = new
        {
            available = report.Journal.Available,
            reason = report.Journal.Reason,
            units = report.Journal.Units.Select(Counts),
            totals = report.Journal.Available ? Counts(report.Journal.Totals) : null,
        },
    };

    private static object Counts(UnitJournalCounts u) => new
    {
        unit = u.Unit,
        starts = u.Starts,
        restartsScheduled = u.RestartsScheduled,
        errors = u.Errors,
        rateLimited = u.RateLimited,
        tokenRefreshes = u.TokenRefreshes,
        tokenRefreshFailures = u.TokenRefreshFailures,
    };
}
