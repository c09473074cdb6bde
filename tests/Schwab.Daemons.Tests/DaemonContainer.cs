using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Api;
using Schwab.Core.Configuration;
using Schwab.Core.Data;
using Schwab.Core.Hosting;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Daemons.Tests;

/// <summary>
/// A container composed as the daemons compose theirs (settings, data, API, a recording systemd notifier, status,
/// watchdog) on a fake clock with every log line captured, plus one daemon's own registrations.
/// </summary>
internal static class DaemonContainer
{
    /// <summary>
    /// Settings pointing at <paramref name="simulator"/> and <paramref name="dir"/>'s <c>pipeline.db</c> and <c>token.key</c>,
    /// with each of <paramref name="overlays"/> on top in order (later wins).
    /// </summary>
    public static IConfiguration Configuration(
        SchwabSimulator simulator, TempDirectory dir, params IReadOnlyDictionary<string, string?>?[] overlays)
    {
        IConfigurationBuilder builder = new ConfigurationBuilder()
            .AddInMemoryCollection(SimulatorSettings.For(simulator, dir.File("pipeline.db"), dir.File("token.key")));
        foreach (IReadOnlyDictionary<string, string?>? overlay in overlays)
        {
            builder.AddInMemoryCollection(overlay ?? new Dictionary<string, string?>());
        }

        return builder.Build();
    }

    /// <summary>Builds the container, validated on build and for scopes; <paramref name="logging"/> configures the log collector.</summary>
    public static ServiceProvider Build(
        IConfiguration configuration, TimeProvider time, Action<IServiceCollection> daemon, Action<FakeLogCollectorOptions>? logging = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton(time);
        if (logging is null)
        {
            services.AddFakeLogging();
        }
        else
        {
            services.AddFakeLogging(logging);
        }

        services.AddSchwabSettings();
        services.AddSchwabData();
        services.AddSchwabApi();
        services.AddSingleton<ISystemdNotifier>(new RecordingNotifier());
        services.AddSingleton<DaemonStatus>();
        services.AddSingleton<WorkLoopWatchdog>();
        daemon(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
