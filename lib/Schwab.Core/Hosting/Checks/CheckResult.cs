namespace Schwab.Core.Hosting.Checks;

/// <summary>One line of <c>schwabctl check</c>: what was checked, how it went, and a one-line message.</summary>
/// <param name="Check">What was checked (<c>configuration</c>, <c>database</c>, <c>schema</c>, <c>token-key</c>, <c>tokens:MAIN_DATA</c>…).</param>
/// <param name="Status">How it went.</param>
/// <param name="Message">One line saying what holds or what is wrong; never a secret.</param>
public sealed record CheckResult(string Check, CheckStatus Status, string Message)
{
    /// <summary>A passing check.</summary>
    public static CheckResult Ok(string check, string message) => new(check, CheckStatus.Ok, message);

    /// <summary>A warning.</summary>
    public static CheckResult Warning(string check, string message) => new(check, CheckStatus.Warning, message);

    /// <summary>A failed check.</summary>
    public static CheckResult Failed(string check, string message) => new(check, CheckStatus.Failed, message);
}
