namespace Schwab.Core.Hosting.Checks;

/// <summary>A daemon's start-up checks failed; it exits non-zero before READY with each reason logged on its own line.</summary>
public sealed class StartupRefusedException : Exception
{
    /// <summary>Creates the exception from the failed checks.</summary>
    public StartupRefusedException(IReadOnlyList<CheckResult> failures)
        : base(string.Join(Environment.NewLine, failures.Select(f => $"{f.Check}: {f.Message}")))
    {
        Failures = failures;
    }

    /// <summary>Creates an exception with one reason.</summary>
    public StartupRefusedException(string message)
        : this([CheckResult.Failed("startup", message)])
    {
    }

    /// <summary>Creates an exception with one reason and its cause.</summary>
    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failures = [CheckResult.Failed("startup", message)];
    }

    /// <summary>Creates an exception with no detail.</summary>
    public StartupRefusedException()
        : this("start-up checks failed")
    {
    }

    /// <summary>Creates the exception from the failed checks, carrying the warnings to log after them.</summary>
    public StartupRefusedException(IReadOnlyList<CheckResult> failures, IReadOnlyList<CheckResult> warnings)
        : this(failures)
    {
        Warnings = warnings;
    }

    /// <summary>The failed checks.</summary>
    public IReadOnlyList<CheckResult> Failures { get; }

    /// <summary>Checks that passed with a warning, logged after the failures (the cause comes first).</summary>
    public IReadOnlyList<CheckResult> Warnings { get; } = [];
}
