using System.Globalization;
using Schwab.Core.Reports.Journal;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// Error and 429 counts of the <c>schwab-*</c> units over <c>Health:JournalWindow</c> (<c>journal:errors</c>,
/// <c>journal:429</c>), each a warning at its threshold. The journal is read and counted by Core's
/// <see cref="JournalctlReader"/>, as <c>schwabctl report</c> reads it; no journal (no journald here, no permission,
/// no entries at all) is said once, not failed.
/// </summary>
internal static class JournalChecks
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<HealthCheck>> EvaluateAsync(
        HealthContext context, JournalctlReader journal, string journalSocket, CancellationToken cancellationToken)
    {
        if (!context.Options.Systemd)
        {
            return NotChecked("not checked (Health:Systemd is false)");
        }

        if (!File.Exists(journalSocket))
        {
            return NotChecked("journald is not running here (daemons started from a terminal log to stderr): not checked");
        }

        JournalSummary summary;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            summary = await journal.ReadAsync(context.Now - context.Options.JournalWindow, context.Now, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NotChecked($"journal unavailable (journalctl did not answer within {s_timeout.TotalSeconds:0} s): not checked");
        }

        return summary.Available ? Evaluate(context, summary) : NotChecked($"journal unavailable ({summary.Reason}): not checked");
    }

    public static IReadOnlyList<HealthCheck> Evaluate(HealthContext context, JournalSummary journal)
    {
        string window = Ago.Span(context.Options.JournalWindow);
        string caveat = journal.Reason is { } reason ? "; " + reason : "";
        UnitJournalCounts total = journal.Totals;
        SortedDictionary<string, int> errorsByUnit = ByUnit(journal, u => u.Errors);
        SortedDictionary<string, int> limitsByUnit = ByUnit(journal, u => u.RateLimited);
        var errorValues = new Dictionary<string, object?> { ["count"] = total.Errors, ["byUnit"] = errorsByUnit, ["entries"] = journal.Entries };
        var limitValues = new Dictionary<string, object?> { ["count"] = total.RateLimited, ["byUnit"] = limitsByUnit };
        HealthStatus errors = total.Errors >= context.Options.JournalErrorsWarning ? HealthStatus.Warning : HealthStatus.Ok;
        HealthStatus limits = total.RateLimited >= context.Options.Journal429Warning ? HealthStatus.Warning : HealthStatus.Ok;
        return
        [
            HealthCheck.Of(errors, "journal errors", "journal:errors", $"{total.Errors} errors in the last {window}{Text(errorsByUnit)}{caveat}", errorValues),
            HealthCheck.Of(limits, "journal 429s", "journal:429", $"{total.RateLimited} HTTP 429 responses in the last {window}{Text(limitsByUnit)}{caveat}", limitValues),
        ];
    }

    private static SortedDictionary<string, int> ByUnit(JournalSummary journal, Func<UnitJournalCounts, int> count) =>
        new(journal.Units.Where(u => count(u) > 0).ToDictionary(u => u.Unit, count, StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Text(SortedDictionary<string, int> counts) =>
        counts.Count == 0 ? "" : " (" + string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}"))) + ")";

    private static IReadOnlyList<HealthCheck> NotChecked(string reason) =>
        [HealthCheck.Ok("journal errors", "journal:errors", reason), HealthCheck.Ok("journal 429s", "journal:429", reason)];
}
