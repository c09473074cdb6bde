namespace Schwab.Cli;

/// <summary>The stable exit codes scripts and monitors rely on (documented in README.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;

    /// <summary><c>alert resolve</c>: there is no open alert with that key.</summary>
    public const int NotFound = 3;

    /// <summary>A usage error: an unknown command or option, a missing or malformed argument (sysexits.h EX_USAGE).</summary>
    public const int Usage = 64;

    // schwabctl health follows the monitoring-plugin convention.
    public const int HealthOk = 0;
    public const int HealthWarning = 1;
    public const int HealthCritical = 2;

    /// <summary>health could not judge: no or invalid settings, database missing or unreachable.</summary>
    public const int HealthUnknown = 3;
}
