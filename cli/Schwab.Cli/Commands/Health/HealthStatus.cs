namespace Schwab.Cli.Commands.Health;

/// <summary>The outcome of one health check, in increasing severity (the exit code is the worst one's).</summary>
internal enum HealthStatus
{
    Ok = 0,
    Warning = 1,
    Critical = 2,
}
