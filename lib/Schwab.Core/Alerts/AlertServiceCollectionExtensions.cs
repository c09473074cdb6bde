using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Schwab.Core.Configuration;
using Schwab.Core.Data;

namespace Schwab.Core.Alerts;

/// <summary>Registers the alerting parts: the alert table store, the SMTP mailer and the dispatcher.</summary>
public static class AlertServiceCollectionExtensions
{
    /// <summary>
    /// Adds the alert dispatcher with its store and mailer, plus the settings (<see cref="AlertOptions"/>, section
    /// <c>Alerts</c>) and the data layer it needs. Callers resolve the internal dispatcher (schwabctl, daemons).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddSchwabAlerts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(IDbConnectionFactory)))
        {
            services.AddSchwabData();
        }

        if (!services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Options.IValidateOptions<AlertOptions>)))
        {
            services.AddSchwabSettings();
        }

        services.TryAddSingleton<Alerts.AlertStore>();
        services.TryAddSingleton<Alerts.AlertMailer>();
        services.TryAddSingleton<Alerts.AlertDispatcher>();
        return services;
    }
}
