using Microsoft.Extensions.Configuration;
using Schwab.Core.Configuration;

namespace Schwab.Core.Hosting.Checks;

/// <summary>
/// Every setting converts, is known and is valid; each problem is its own result. In a daemon (which registers
/// <see cref="UsedSettings"/>) a problem outside the sections it uses is a warning: it starts and says so.
/// </summary>
internal sealed class ConfigurationCheck(
    RegisteredServices registered, IServiceProvider provider, IConfiguration configuration, ConfigurationLoadResult load,
    IEnumerable<UsedSettings> used) : IPrerequisiteCheck
{
    public bool StopsLaterChecks => load.Problem is not null;

    public Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        if (load.Problem is { } loadProblem)
        {
            return Task.FromResult<IReadOnlyList<CheckResult>>([.. loadProblem.Problems.Select(p => CheckResult.Failed("configuration", p))]);
        }

        IReadOnlyList<CheckResult> results = Classify(ConfigurationProblems.CollectBySection(registered.Services, provider, configuration), used);
        return Task.FromResult(results.Count == 0 ? [CheckResult.Ok("configuration", "every setting is valid")] : results);
    }

    /// <summary>Failures first (problems in used sections, or all when no daemon declared its sections), then warnings.</summary>
    internal static IReadOnlyList<CheckResult> Classify(IReadOnlyList<ConfigurationProblem> problems, IEnumerable<UsedSettings> used)
    {
        var sections = new HashSet<string>(used.SelectMany(u => u.Sections), StringComparer.OrdinalIgnoreCase);
        bool isUsed(ConfigurationProblem p) => sections.Count == 0 || sections.Contains(p.Section);
        return
        [
            .. problems.Where(isUsed).Select(p => CheckResult.Failed("configuration", p.Message)),
            .. problems.Where(p => !isUsed(p)).Select(p => CheckResult.Warning("configuration", $"{p.Message} (not used by this daemon, which starts anyway)")),
        ];
    }
}
