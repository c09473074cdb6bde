using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Schwab.Core.Alerts;
using Schwab.Core.Api;
using Schwab.Core.Configuration;
using Schwab.Core.Data;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli;

/// <summary>
/// The same Schwab.Core registrations the daemons use, in a host-less service provider for one command.
/// Logging goes to stderr only, at Warning and above, so stdout stays the command's result.
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private CliServices(IConfigurationRoot configuration, IServiceCollection services, ServiceProvider provider)
    {
        Configuration = configuration;
        Services = services;
        _provider = provider;
    }

    public IConfigurationRoot Configuration { get; }

    public IServiceCollection Services { get; }

    public IServiceProvider Provider => _provider;

    /// <summary>Builds the services from the settings file <paramref name="configPath"/> (or the one found), its <c>schwab.env</c> and the environment.</summary>
    /// <param name="configPath">The <c>--config</c> value, if any.</param>
    /// <param name="error">Where library warnings go.</param>
    /// <param name="settingsRequired">False for commands that work without a settings file (key create, simulate, demo).</param>
    /// <exception cref="ConfigurationProblemException">No settings file (when required), or it or its secrets file is unusable.</exception>
    public static CliServices Create(string? configPath, TextWriter error, bool settingsRequired = true)
    {
        IConfigurationRoot configuration = SchwabConfiguration.Build(configPath, required: settingsRequired);
        string? settingsPath = SchwabConfiguration.ResolvePath(configPath, Environment.GetEnvironmentVariable);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(CliTime.Provider);
        services.AddLogging(logging => logging.AddProvider(new StderrLoggerProvider(error)).SetMinimumLevel(LogLevel.Warning));
        services.AddSchwabPrerequisites();
        services.AddSchwabSettings();
        services.AddSchwabData();
        services.AddSchwabApi();
        services.AddSchwabAlerts();
        services.AddSingleton<IPrerequisiteCheck>(new Commands.Check.SecretsFileCheck(
            settingsPath is null ? null : Path.Combine(Path.GetDirectoryName(settingsPath) ?? ".", SecretsFile.FileName)));
        services.AddSingleton<IPrerequisiteCheck, Commands.Check.ApiCallCheck>();
        services.AddSingleton<IPrerequisiteCheck, Commands.Check.SmtpCheck>();
        return new CliServices(configuration, services, services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
