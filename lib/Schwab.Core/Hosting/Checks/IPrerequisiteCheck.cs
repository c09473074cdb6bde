namespace Schwab.Core.Hosting.Checks;

/// <summary>
/// One prerequisite of running the pipeline (configuration, database, schema, key, tokens…). Daemons run the
/// registered checks before READY; <c>schwabctl check</c> runs the same ones and prints them.
/// </summary>
public interface IPrerequisiteCheck
{
    /// <summary>Runs the check. Never throws for a failed prerequisite: it returns a <see cref="CheckStatus.Failed"/> result naming the problem.</summary>
    /// <returns>One result per finding.</returns>
    Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken);

    /// <summary>Whether a failure here makes the later checks meaningless (an unreadable settings file: they would test the defaults).</summary>
    bool StopsLaterChecks => false;
}
