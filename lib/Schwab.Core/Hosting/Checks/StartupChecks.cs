using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Schwab.Core.Hosting.Checks;

/// <summary>
/// Runs the prerequisite checks before any worker starts, so systemd's READY (sent when the host has started)
/// means "healthy", not merely "launched". Warnings are logged; failures refuse the start.
/// </summary>
internal sealed class StartupChecks(PrerequisiteRunner runner, DaemonStatus status, DaemonIdentity identity, ILogger<StartupChecks> logger)
    : IHostedLifecycleService
{
    private string _summary = "";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        status.Set("checking prerequisites");
        IReadOnlyList<CheckResult> results = await runner.RunAsync(cancellationToken);
        List<CheckResult> warnings = results.Where(r => r.Status == CheckStatus.Warning).ToList();
        List<CheckResult> failures = results.Where(r => r.Status == CheckStatus.Failed).ToList();
        if (failures.Count > 0)
        {
            // The causes are logged first, by SchwabDaemonHost; these warnings after them.
            status.Set("start-up refused: " + failures[0].Message);
            throw new StartupRefusedException(failures, warnings);
        }

        foreach (CheckResult warning in warnings)
        {
            Log.PrerequisiteWarning(logger, warning.Check, warning.Message);
        }

        _summary = string.Join(", ", results.Select(r => r.Status == CheckStatus.Warning ? $"{r.Check} (warning)" : r.Check)) + " ok";
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Every worker has started and READY goes out now: one line an operator can find (EventId 1004).
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        Log.Started(logger, identity.Service, _summary);
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
