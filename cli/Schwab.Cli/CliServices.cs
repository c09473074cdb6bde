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

    public static CliServices Create(string? configPath, TextWriter error)
    {
        IConfigurationRoot configuration = SchwabConfiguration.Build(configPath);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(CliTime.Provider);
        services.AddLogging(logging => logging.AddProvider(new StderrLoggerProvider(error)).SetMinimumLevel(LogLevel.Warning));
        services.AddSchwabPrerequisites();
        services.AddSchwabSettings();
        services.AddSchwabData();
        services.AddSchwabApi();
        services.AddSchwabAlerts();
        services.AddSingleton<IPrerequisiteCheck, Commands.Check.SecretsFileCheck>();
        services.AddSingleton<IPrerequisiteCheck, Commands.Check.ApiCallCheck>();
        services.AddSingleton<IPrerequisiteCheck, Commands.Check.SmtpCheck>();
        return new CliServices(configuration, services, services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
