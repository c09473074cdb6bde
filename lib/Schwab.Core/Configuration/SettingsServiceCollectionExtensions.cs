using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Configuration.Daemons;

namespace Schwab.Core.Configuration;

/// <summary>Registers the settings of every daemon, so one configuration file format serves them all and <c>schwabctl check</c> sees everything.</summary>
public static class SettingsServiceCollectionExtensions
{
    /// <summary>Adds the daemon and alert settings with their defaults and validators.</summary>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddSchwabSettings(this IServiceCollection services)
    {
        services.AddOptions<TokensOptions>().BindConfiguration(TokensOptions.SectionName)
            .WithSchwabValidation<TokensOptions, TokensOptionsValidator>();
        services.AddOptions<MarketHoursOptions>().BindConfiguration(MarketHoursOptions.SectionName)
            .WithSchwabValidation<MarketHoursOptions, MarketHoursOptionsValidator>();
        services.AddOptions<ChainsOptions>().BindConfiguration(ChainsOptions.SectionName)
            .WithSchwabValidation<ChainsOptions, ChainsOptionsValidator>();
        services.AddOptions<OhlcOptions>().BindConfiguration(OhlcOptions.SectionName)
            .WithSchwabValidation<OhlcOptions, OhlcOptionsValidator>();
        services.AddOptions<TransactionsOptions>().BindConfiguration(TransactionsOptions.SectionName)
            .WithSchwabValidation<TransactionsOptions, TransactionsOptionsValidator>();
        services.AddOptions<BalancesOptions>().BindConfiguration(BalancesOptions.SectionName)
            .WithSchwabValidation<BalancesOptions, BalancesOptionsValidator>();
        services.AddOptions<StreamOptions>().BindConfiguration(StreamOptions.SectionName)
            .WithSchwabValidation<StreamOptions, StreamOptionsValidator>();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName)
            .WithSchwabValidation<AlertOptions, AlertOptionsValidator>();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName)
            .WithSchwabValidation<HealthOptions, HealthOptionsValidator>();
        return services;
    }
}
