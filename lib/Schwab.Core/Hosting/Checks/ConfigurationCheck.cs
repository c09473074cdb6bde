using Microsoft.Extensions.Configuration;
using Schwab.Core.Configuration;

namespace Schwab.Core.Hosting.Checks;

/// <summary>Every setting converts, is known and is valid; each problem is its own result.</summary>
internal sealed class ConfigurationCheck(
    RegisteredServices registered, IServiceProvider provider, IConfiguration configuration, ConfigurationLoadResult load) : IPrerequisiteCheck
{
    public bool StopsLaterChecks => load.Problem is not null;

    public Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> problems = load.Problem is { } loadProblem
            ? loadProblem.Problems
            : ConfigurationProblems.Collect(registered.Services, provider, configuration);
        IReadOnlyList<CheckResult> results = problems.Count == 0
            ? [CheckResult.Ok("configuration", "every setting is valid")]
            : problems.Select(p => CheckResult.Failed("configuration", p)).ToList();
        return Task.FromResult(results);
    }
}
