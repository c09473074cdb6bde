using System.Globalization;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// Error and 429 counts of the <c>schwab-*</c> units over <c>Health:JournalWindow</c> (<c>journal:errors</c>,
/// <c>journal:429</c>), each a warning at its threshold. No journal (no journald here, no permission) is said once, not failed.
/// </summary>
internal static class JournalChecks
{
    public static async Task<IReadOnlyList<HealthCheck>> EvaluateAsync(HealthContext context, string journalSocket, CancellationToken cancellationToken)
    {
        if (!context.Options.Systemd)
        {
            return NotChecked("not checked (Health:Systemd is false)");
        }

        if (!File.Exists(journalSocket))
        {
            return NotChecked("journald is not running here (daemons started from a terminal log to stderr): not checked");
        }

        DateTimeOffset since = context.Now - context.Options.JournalWindow;
        ExternalCommand.Result result = await ExternalCommand.RunAsync(
            "journalctl",
            ["--no-pager", "--quiet", "--output=json", "--all", "--unit=schwab-*", $"--since=@{since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"],
            TimeSpan.FromSeconds(30),
            cancellationToken);
        if (result.ExitCode != 0)
        {
            return NotChecked($"journal unavailable ({result.Reason}): not checked");
        }

        string scope = result.Stderr.Contains("not seeing messages from other users", StringComparison.Ordinal)
            ? " (only this user's entries are visible: add it to the systemd-journal group)"
            : "";
        return Evaluate(context, JournalCounts.Parse(result.Stdout), scope);
    }

    public static IReadOnlyList<HealthCheck> Evaluate(HealthContext context, JournalCounts counts, string scope = "")
    {
        string window = Ago.Span(context.Options.JournalWindow);
        var errorValues = new Dictionary<string, object?> { ["count"] = counts.Errors, ["byUnit"] = counts.ErrorsByUnit, ["entries"] = counts.Entries };
        var limitValues = new Dictionary<string, object?> { ["count"] = counts.RateLimited, ["byUnit"] = counts.RateLimitedByUnit };
        HealthStatus errors = counts.Errors >= context.Options.JournalErrorsWarning ? HealthStatus.Warning : HealthStatus.Ok;
        HealthStatus limits = counts.RateLimited >= context.Options.Journal429Warning ? HealthStatus.Warning : HealthStatus.Ok;
        return
        [
            HealthCheck.Of(errors, "journal errors", "journal:errors", $"{counts.Errors} errors in the last {window}{ByUnit(counts.ErrorsByUnit)}{scope}", errorValues),
            HealthCheck.Of(limits, "journal 429s", "journal:429", $"{counts.RateLimited} HTTP 429 responses in the last {window}{ByUnit(counts.RateLimitedByUnit)}{scope}", limitValues),
        ];
    }

    private static string ByUnit(SortedDictionary<string, int> counts) =>
        counts.Count == 0 ? "" : " (" + string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}"))) + ")";

    private static IReadOnlyList<HealthCheck> NotChecked(string reason) =>
        [HealthCheck.Ok("journal errors", "journal:errors", reason), HealthCheck.Ok("journal 429s", "journal:429", reason)];
}
