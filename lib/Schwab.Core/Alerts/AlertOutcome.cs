namespace Schwab.Core.Alerts;

/// <summary>What <see cref="AlertDispatcher.RaiseAsync"/> did with one occurrence of an alert.</summary>
internal enum AlertOutcome
{
    /// <summary>The mail was delivered to the SMTP server.</summary>
    Sent,

    /// <summary>The occurrence was recorded; a mail for the same key went out within the throttle window (by this or another process).</summary>
    Throttled,

    /// <summary>Alerts are off (<c>Alerts:Enabled</c> false): nothing recorded, nothing sent.</summary>
    Disabled,

    /// <summary>The SMTP server could not be reached or refused the mail; the key stays unsent, so the next raise retries.</summary>
    Failed,
}
