using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Schwab.Core.Configuration;

namespace Schwab.Core.Hosting.Checks;

/// <summary>Registers the prerequisite checks shared by daemon start-up and <c>schwabctl check</c>.</summary>
public static class PrerequisiteServiceCollectionExtensions
{
    /// <summary>Adds the runner and the configuration, database/schema and token-key checks; other areas add their own <see cref="IPrerequisiteCheck"/>s after them.</summary>
    /// <param name="services">The services.</param>
    /// <param name="loadProblem">A settings file that could not be read, reported by the configuration check.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddSchwabPrerequisites(this IServiceCollection services, ConfigurationProblemException? loadProblem = null)
    {
        services.TryAddSingleton(new ConfigurationLoadResult(loadProblem));
        services.TryAddSingleton(new RegisteredServices(services));
        services.TryAddSingleton<PrerequisiteRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPrerequisiteCheck, ConfigurationCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPrerequisiteCheck, DatabaseCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPrerequisiteCheck, TokenKeyCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPrerequisiteCheck, TokensCheck>());
        return services;
    }
}
