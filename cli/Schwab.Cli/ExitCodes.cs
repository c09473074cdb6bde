namespace Schwab.Cli;

/// <summary>The stable exit codes scripts rely on (documented in README.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int NotFound = 3;

    // schwabctl health follows the monitoring-plugin convention.
    public const int HealthOk = 0;
    public const int HealthWarning = 1;
    public const int HealthCritical = 2;
}
