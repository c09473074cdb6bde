using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Check;

/// <summary>The checks behind <c>schwabctl check</c>, in the order a newcomer would fix them.</summary>
internal static class Prerequisites
{
    public static Task<IReadOnlyList<CheckResult>> RunAsync(CliServices services, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var results = new List<CheckResult>();
        IReadOnlyList<string> problems = services.ConfigurationProblems();
        if (problems.Count == 0)
        {
            results.Add(CheckResult.Ok("configuration", "every setting is valid"));
        }
        else
        {
            results.AddRange(problems.Select(p => CheckResult.Failed("configuration", p)));
        }

        return Task.FromResult<IReadOnlyList<CheckResult>>(results);
    }
}
