using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Schwab.Core.Configuration;

namespace Schwab.Core.Hosting;

/// <summary>Runs a daemon's host and decides its exit code, so systemd's <c>Restart=on-failure</c> sees every failure.</summary>
public static class SchwabDaemonHost
{
    /// <summary>
    /// Runs <paramref name="host"/> until it stops. Returns 0 after a clean stop, and 1 when start-up was refused
    /// (each reason logged at critical priority on its own line) or when any worker faulted — on .NET 10 a faulted
    /// <see cref="BackgroundService"/> stops the host but <c>RunAsync</c> still completes normally.
    /// </summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunSchwabDaemonAsync(this IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        ILogger logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Schwab.Daemon");
        try
        {
            await host.StartAsync();
            await host.WaitForShutdownAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The causes, one line each, come first; the settings this daemon does not use only warn.
            (IReadOnlyList<string> refused, IReadOnlyList<Checks.CheckResult> warnings) = StartupProblems(ex, host.Services);
            foreach (string problem in refused)
            {
                Log.StartupRefused(logger, problem);
            }

            foreach (Checks.CheckResult warning in warnings)
            {
                Log.PrerequisiteWarning(logger, warning.Check, warning.Message);
            }

            await DisposeAsync(host);
            return 1;
        }

        int exitCode = 0;
        foreach (BackgroundService worker in host.Services.GetServices<IHostedService>().OfType<BackgroundService>())
        {
            if (worker.ExecuteTask is { IsFaulted: true } task)
            {
                Exception cause = task.Exception!.GetBaseException();
                Log.WorkerFaulted(logger, worker.GetType().Name, cause);
                exitCode = 1;
            }
        }

        await DisposeAsync(host);
        return exitCode;
    }

    private static async Task DisposeAsync(IHost host)
    {
        // Disposing flushes the log (Serilog is disposed with the container).
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }

    internal static (IReadOnlyList<string> Refused, IReadOnlyList<Checks.CheckResult> Warnings) StartupProblems(Exception exception, IServiceProvider provider)
    {
        if (provider.GetService<ConfigurationLoadResult>()?.Problem is { } loadProblem)
        {
            return ([.. loadProblem.Problems.Select(p => "configuration: " + p)], []);
        }

        // Options read while the host starts (a worker's constructor) fail at the first bad type and word binding errors
        // poorly: collect the complete list the same way schwabctl check does, sorted into this daemon's and the others'.
        if (exception is Microsoft.Extensions.Options.OptionsValidationException or AggregateException or InvalidOperationException
            && provider.GetService<RegisteredServices>() is { } registered
            && provider.GetService<Microsoft.Extensions.Configuration.IConfiguration>() is { } configuration)
        {
            IReadOnlyList<Checks.CheckResult> results = Checks.ConfigurationCheck.Classify(
                ConfigurationProblems.CollectBySection(registered.Services, provider, configuration), provider.GetServices<UsedSettings>());
            if (results.Any(r => r.Status == Checks.CheckStatus.Failed))
            {
                return (
                    [.. results.Where(r => r.Status == Checks.CheckStatus.Failed).Select(r => r.Message)],
                    [.. results.Where(r => r.Status == Checks.CheckStatus.Warning)]);
            }
        }

        return ([.. Flatten(exception)], exception is Checks.StartupRefusedException refused ? refused.Warnings : []);
    }

    private static IEnumerable<string> Flatten(Exception exception) => exception switch
    {
        ConfigurationProblemException configuration => configuration.Problems,
        Checks.StartupRefusedException refused => refused.Failures.Select(f => $"{f.Check}: {f.Message}"),
        Microsoft.Extensions.Options.OptionsValidationException validation => validation.Failures,
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Flatten),
        _ => [exception.Message],
    };
}
