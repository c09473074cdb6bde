namespace Schwab.Core.Hosting.Checks;

/// <summary>Runs the registered checks in registration order; a check that throws becomes a failed result instead of hiding the others.</summary>
public sealed class PrerequisiteRunner(IEnumerable<IPrerequisiteCheck> checks)
{
    /// <summary>Runs every check.</summary>
    /// <returns>All results, in order.</returns>
    public async Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        var results = new List<CheckResult>();
        foreach (IPrerequisiteCheck check in checks)
        {
            try
            {
                IReadOnlyList<CheckResult> found = await check.RunAsync(cancellationToken);
                results.AddRange(found);
                if (check.StopsLaterChecks && found.Any(r => r.Status == CheckStatus.Failed))
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                results.Add(CheckResult.Failed(Name(check), ex.Message.ReplaceLineEndings(" ")));
            }
        }

        return results;
    }

    private static string Name(IPrerequisiteCheck check) =>
        check.GetType().Name.Replace("Check", "", StringComparison.Ordinal).ToLowerInvariant();
}
