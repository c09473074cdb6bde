using System.Globalization;
using Schwab.Cli.Output;
using Schwab.Core.Reports;
using Schwab.Core.Reports.Journal;
using Schwab.Core.Time;

namespace Schwab.Cli.Commands.Report;

/// <summary>The report as aligned text: times in New York time, the journal's counts or why they are unknown.</summary>
internal static class ReportText
{
    public static async Task WriteAsync(CommandOutput output, DailyReport report)
    {
        await output.WriteLineAsync(Invariant($"Report for {report.Day:dddd yyyy-MM-dd} (exchange day, {report.From:yyyy-MM-dd HH:mm}Z to {report.To:yyyy-MM-dd HH:mm}Z)"));
        TradingDay s = report.Session;
        string calendar = s.FromCalendar ? "from the stored calendar" : "no calendar rows: Monday-Friday 09:30-16:00 fallback";
        await output.WriteLineAsync(s is { IsOpen: true, Regular: { } regular }
            ? $"Session: regular {Et(regular.Start)}-{Et(regular.End)} ET ({calendar})"
            : $"Session: market closed ({calendar})");

        await output.WriteLineAsync("");
        await output.WriteLineAsync($"{"Dataset",-16}{"Table",-26}{"Rows",12}");
        foreach (DatasetCount d in report.Datasets)
        {
            await output.WriteLineAsync(Invariant($"{d.Name,-16}{d.Table,-26}{d.Rows,12:N0}"));
        }

        await output.WriteLineAsync("");
        await output.WriteLineAsync($"{"Chain cadence",-16}{"Snapshots",12}{"Contracts",14}");
        foreach (ChainSnapshotCount c in report.Chains)
        {
            await output.WriteLineAsync(Invariant($"{c.Frequency,-16}{c.Snapshots,12:N0}{c.Contracts,14:N0}"));
        }

        await output.WriteLineAsync("");
        await output.WriteLineAsync(report.Gaps.Count == 0 ? "Gaps in the regular session: none" : "Gaps in the regular session:");
        foreach (ReportGap g in report.Gaps)
        {
            string what = g.Symbol is null ? g.Dataset : $"{g.Dataset} {g.Symbol}";
            await output.WriteLineAsync(Invariant($"  {what,-28}{Et(g.Start)}-{Et(g.End)} ET {g.Minutes,5} min"));
        }

        await output.WriteLineAsync("");
        await WriteJournalAsync(output, report.Journal);
        await output.WriteLineAsync("");
    }

    public static async Task WriteTotalsAsync(CommandOutput output, IReadOnlyList<DailyReport> reports)
    {
        await output.WriteLineAsync(Invariant($"Totals over {reports.Count} days ({reports[0].Day:yyyy-MM-dd} to {reports[^1].Day:yyyy-MM-dd}):"));
        foreach (DatasetCount d in reports[0].Datasets)
        {
            long rows = reports.Sum(r => r.Datasets.First(x => x.Name == d.Name).Rows);
            await output.WriteLineAsync(Invariant($"  {d.Name,-16}{rows,12:N0}"));
        }

        await output.WriteLineAsync(Invariant($"  {"gap minutes",-16}{reports.Sum(r => r.Gaps.Sum(g => g.Minutes)),12:N0}"));
        if (reports.All(r => r.Journal.Available))
        {
            await output.WriteLineAsync(Invariant(
                $"  starts {reports.Sum(r => r.Journal.Totals.Starts)}, errors {reports.Sum(r => r.Journal.Totals.Errors)}, 429s {reports.Sum(r => r.Journal.Totals.RateLimited)}, token refreshes {reports.Sum(r => r.Journal.Totals.TokenRefreshes)}"));
        }
    }

    private static async Task WriteJournalAsync(CommandOutput output, JournalSummary journal)
    {
        if (!journal.Available)
        {
            await output.WriteLineAsync($"Journal: journal unavailable: {journal.Reason}. Restarts, errors, 429s and token refreshes are unknown, not zero.");
            return;
        }

        await output.WriteLineAsync(journal.Reason is null ? "Journal:" : $"Journal ({journal.Reason}):");
        await output.WriteLineAsync($"  {"Unit",-30}{"Starts",8}{"Restarts",10}{"Errors",8}{"429s",6}{"Refreshes",11}{"Failed",8}");
        foreach (UnitJournalCounts u in journal.Units.Append(journal.Totals))
        {
            await output.WriteLineAsync(Invariant(
                $"  {u.Unit,-30}{u.Starts,8}{u.RestartsScheduled,10}{u.Errors,8}{u.RateLimited,6}{u.TokenRefreshes,11}{u.TokenRefreshFailures,8}"));
        }
    }

    private static string Et(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, MarketClock.Exchange).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
