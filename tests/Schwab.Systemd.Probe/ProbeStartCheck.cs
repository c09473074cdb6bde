using Microsoft.Extensions.Options;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Systemd.Probe;

/// <summary>A prerequisite that fails on request, to show a refused start under systemd.</summary>
internal sealed class ProbeStartCheck(IOptions<ProbeOptions> options) : IPrerequisiteCheck
{
    public const string FailureMessage = "probe refused to start because Probe:FailAtStart is set";

    public Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<CheckResult> results = options.Value.FailAtStart
            ? [CheckResult.Failed("probe", FailureMessage)]
            : [CheckResult.Ok("probe", "no failure requested")];
        return Task.FromResult(results);
    }
}
