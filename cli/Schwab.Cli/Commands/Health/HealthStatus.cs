namespace Schwab.Cli.Commands.Health;

/// <summary>
/// The outcome of one health check, in increasing severity (the overall status is the worst one's): a check that
/// cannot judge (<see cref="Unknown"/>) outranks a warning, a known critical outranks it (the usual monitoring order).
/// </summary>
internal enum HealthStatus
{
    Ok = 0,
    Warning = 1,
    Unknown = 2,
    Critical = 3,
}
