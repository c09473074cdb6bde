using System.Globalization;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// The readable form: one line per check (<c>OK  |WARN|UNKN|CRIT</c>, its stable key, detail), then the overall line. The
/// key is what <c>schwabctl alert resolve</c> takes and what the README documents.
/// </summary>
internal static class HealthTable
{
    public static string Label(HealthStatus status) => status switch
    {
        HealthStatus.Critical => "CRIT",
        HealthStatus.Warning => "WARN",
        HealthStatus.Unknown => "UNKN",
        _ => "OK",
    };

    public static IEnumerable<string> Lines(HealthReport report)
    {
        int width = report.Checks.Count == 0 ? 0 : report.Checks.Max(c => c.Key.Length);
        foreach (HealthCheck check in report.Checks)
        {
            yield return $"{Label(check.Status),-4}  {check.Key.PadRight(width)}  {check.Detail}";
        }

        int Count(HealthStatus s) => report.Checks.Count(c => c.Status == s);
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"overall: {report.Status.ToString().ToUpperInvariant()} ({Count(HealthStatus.Critical)} critical, {(Count(HealthStatus.Unknown) > 0 ? $"{Count(HealthStatus.Unknown)} unknown, " : "")}{Count(HealthStatus.Warning)} warning, {Count(HealthStatus.Ok)} ok)");
    }
}
