using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Check;

/// <summary>The checks behind <c>schwabctl check</c>: the same ones a daemon runs before READY, in the order a newcomer would fix them.</summary>
internal static class Prerequisites
{
    public static Task<IReadOnlyList<CheckResult>> RunAsync(CliServices services, CancellationToken cancellationToken) =>
        services.Get<PrerequisiteRunner>().RunAsync(cancellationToken);
}
