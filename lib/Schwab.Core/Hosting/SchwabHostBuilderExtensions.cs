using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Schwab.Core.Api;
using Schwab.Core.Configuration;
using Schwab.Core.Data;
using Schwab.Core.Hosting.Checks;
using Schwab.Core.Hosting.Journald;
using Serilog;
using Serilog.Events;

namespace Schwab.Core.Hosting;

/// <summary>The host policy every daemon shares.</summary>
public static class SchwabHostBuilderExtensions
{
    /// <summary>
    /// Adds the pipeline's defaults: settings from <c>--config</c>/<c>SCHWAB_CONFIG</c>/<c>schwab.json</c> and the environment,
    /// systemd integration (<c>Type=notify</c>, STATUS, WATCHDOG), Serilog to journald (or stderr), the system clock, the host
    /// options, and every daemon's settings with validation.
    /// </summary>
    /// <remarks>
    /// Units must be <c>Type=notify</c> with <c>WatchdogSec=</c>; READY is sent only after the start-up checks pass.
    /// <c>ProtectProc=invisible</c> must not be set: the hosting library then stops detecting systemd.
    /// </remarks>
    /// <param name="builder">The daemon's host builder.</param>
    /// <param name="serviceName">The unit and executable name (<c>schwab-tokens</c>), used as <c>SYSLOG_IDENTIFIER</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHostApplicationBuilder AddSchwabDefaults(this IHostApplicationBuilder builder, string serviceName) =>
        AddSchwabDefaults(builder, serviceName, sink: null);

    /// <summary>
    /// Declares the top-level settings sections this daemon uses besides the common ones (Database, Security, Schwab):
    /// problems there refuse the start, problems in other sections are logged as warnings.
    /// </summary>
    /// <param name="builder">The daemon's host builder.</param>
    /// <param name="sections">The section names (<c>TokensOptions.SectionName</c>).</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHostApplicationBuilder UsesSettings(this IHostApplicationBuilder builder, params string[] sections)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new UsedSettings([.. UsedSettings.Common, .. sections]));
        return builder;
    }

    internal static IHostApplicationBuilder AddSchwabDefaults(this IHostApplicationBuilder builder, string serviceName, Serilog.Core.ILogEventSink? sink)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ConfigurationProblemException? loadProblem = null;
        try
        {
            // Read the file on its own first: the builder's ConfigurationManager loads a source the moment it is added,
            // so an unreadable or malformed file would otherwise escape as an unhandled exception before logging exists.
            _ = SchwabConfiguration.Build(builder.Configuration["config"]);
            builder.Configuration.AddSchwabSources(builder.Configuration["config"]);
        }
        catch (ConfigurationProblemException ex)
        {
            loadProblem = ex;
        }

        IServiceCollection services = builder.Services;
        // Settings are validated by the start-up checks, which know which sections this daemon uses; the options'
        // ValidateOnStart would refuse the start for a typo in any section. Registered first, so TryAdd keeps this one.
        services.AddSingleton<Microsoft.Extensions.Options.IStartupValidator, NoStartupValidation>();

        // Registered first, so the checks run before any other hosted service starts.
        services.AddHostedService<StartupChecks>();
        services.AddSchwabPrerequisites(loadProblem);
        services.AddSystemd();
        services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DaemonStatus>();
        services.AddSingleton(sp => new DaemonIdentity(serviceName, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<HeartbeatWorker>();
        services.AddSingleton<WorkLoopWatchdog>();
        services.AddHostedService<WatchdogPinger>();
        services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = TimeSpan.FromSeconds(30);
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });

        builder.Logging.ClearProviders();
#pragma warning disable RS0030 // The log sink's stderr fallback is the one place lib writes to the terminal.
        TextWriter stderr = Console.Error;
#pragma warning restore RS0030
        // --verbose (DaemonArguments.ForHost makes it the setting "verbose") logs at debug level, exceptions with their stacks.
        bool debug = builder.Environment.IsDevelopment() || string.Equals(builder.Configuration["verbose"], "true", StringComparison.OrdinalIgnoreCase);
        Serilog.Core.Logger logger = JournaldLogging.CreateLogger(
            sink ?? JournaldLogging.CreateSink(serviceName, Environment.GetEnvironmentVariable, stderr, stackTraces: debug),
            debug ? LogEventLevel.Debug : LogEventLevel.Information);
        services.AddSerilog(logger, dispose: true);
        services.AddSchwabSettings();
        services.AddSchwabData();
        services.AddSchwabApi();
        return builder;
    }
}
