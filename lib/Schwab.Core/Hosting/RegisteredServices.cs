using Microsoft.Extensions.DependencyInjection;

namespace Schwab.Core.Hosting;

/// <summary>The daemon's service registrations, kept so start-up can list every configuration problem (see <see cref="Configuration.ConfigurationProblems"/>).</summary>
internal sealed class RegisteredServices(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;
}
