namespace Schwab.Core.Hosting.Checks;

/// <summary>The outcome of one prerequisite check.</summary>
public enum CheckStatus
{
    /// <summary>The prerequisite holds.</summary>
    Ok,

    /// <summary>It holds for now but needs attention (a token near expiry, loose file permissions).</summary>
    Warning,

    /// <summary>It does not hold: the pipeline cannot run as configured.</summary>
    Failed,
}
