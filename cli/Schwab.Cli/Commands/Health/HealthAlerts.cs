using System.Data.Common;
using System.Text;
using Schwab.Cli.Commands.Alert;
using Schwab.Core.Alerts;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// <c>schwabctl health --alert</c>: raises every warning or critical finding under its key (the dispatcher throttles and
/// de-duplicates across processes) and resolves every open alert whose key this run found OK, which mails one recovery
/// notice when an alert went out. A failed unit already alerted by <c>OnFailure=</c> (<c>unit-failed:NAME.service</c>) is not
/// mailed twice; when the unit is healthy again that alert is resolved too.
/// </summary>
internal static class HealthAlerts
{
    /// <summary>The key <c>schwab-alert@.service</c> raises for a failed unit (<c>schwabctl alert unit-failed %i</c>).</summary>
    public static string OnFailureKey(string unitShortName) =>
        UnitFailedCommand.KeyPrefix + (unitShortName.Contains('.', StringComparison.Ordinal) ? unitShortName : unitShortName + ".service");

    /// <returns>One line per alert raised or resolved, for stderr.</returns>
    public static async Task<IReadOnlyList<string>> SendAsync(HealthReport report, AlertDispatcher dispatcher, CancellationToken cancellationToken)
    {
        if (!dispatcher.IsEnabled)
        {
            return ["alerts are disabled (Alerts:Enabled is false): nothing sent"];
        }

        HashSet<string> open;
        try
        {
            open = [.. (await dispatcher.OpenAsync("", cancellationToken)).Select(a => a.Key)];
        }
        catch (DbException)
        {
            open = []; // the database finding is raised below; RaiseAsync mails unthrottled when the table is out of reach
        }

        var lines = new List<string>();
        foreach (HealthCheck check in report.Checks)
        {
            string? onFailure = check.Key.StartsWith("unit:", StringComparison.Ordinal) ? OnFailureKey(check.Key["unit:".Length..]) : null;
            if (check.Status != HealthStatus.Ok)
            {
                if (onFailure is not null && open.Contains(onFailure))
                {
                    lines.Add($"alert {check.Key}: already alerted as {onFailure}");
                    continue;
                }

                AlertOutcome outcome = await dispatcher.RaiseAsync(check.Key, Subject(check), Body(check, report), cancellationToken);
                lines.Add($"alert {check.Key}: {outcome.ToString().ToLowerInvariant()}");
                continue;
            }

            foreach (string key in new[] { check.Key, onFailure }.OfType<string>().Where(open.Contains))
            {
                bool resolved = await dispatcher.ResolveAsync(key, $"{check.Name}: {check.Detail}", Body(check, report), cancellationToken);
                lines.Add($"alert {key}: {(resolved ? "resolved" : "already resolved")}");
            }
        }

        return lines;
    }

    private static string Subject(HealthCheck check) => $"{HealthTable.Label(check.Status)} {check.Name}: {check.Detail}";

    private static string Body(HealthCheck check, HealthReport report)
    {
        var body = new StringBuilder();
        body.Append(HealthTable.Label(check.Status)).Append(' ').Append(check.Name).Append(": ").AppendLine(check.Detail).AppendLine();
        body.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"schwabctl health at {Ago.Instant(report.CheckedAt)}, overall {report.Status.ToString().ToUpperInvariant()}; findings that are not OK:");
        foreach (HealthCheck other in report.Checks.Where(c => c.Status != HealthStatus.Ok))
        {
            body.Append("  ").Append(HealthTable.Label(other.Status)).Append("  ").Append(other.Name).Append(": ").AppendLine(other.Detail);
        }

        return body.AppendLine().AppendLine("Run `schwabctl health` on the host for the full report.").ToString();
    }
}
