namespace Schwab.Cli.Commands.Health;

/// <summary>Every check of one <c>schwabctl health</c> run; the overall status is the worst check's.</summary>
internal sealed record HealthReport(DateTimeOffset CheckedAt, IReadOnlyList<HealthCheck> Checks)
{
    public HealthStatus Status => Checks.Count == 0 ? HealthStatus.Ok : Checks.Max(c => c.Status);

    public int ExitCode => Status switch
    {
        HealthStatus.Critical => ExitCodes.HealthCritical,
        HealthStatus.Unknown => ExitCodes.HealthUnknown,
        HealthStatus.Warning => ExitCodes.HealthWarning,
        _ => ExitCodes.HealthOk,
    };

    /// <summary>The JSON shape: <c>{"status", "checkedAt", "checks": [{"name", "key", "status", "detail", "values"}]}</c>.</summary>
    public object ToJson() => new
    {
        status = Status,
        checkedAt = CheckedAt,
        checks = Checks.Select(c => new { name = c.Name, key = c.Key, status = c.Status, detail = c.Detail, values = c.Values }),
    };
}
