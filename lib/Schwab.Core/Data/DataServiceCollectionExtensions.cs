using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;

namespace Schwab.Core.Data;

/// <summary>Registers the data layer: options, the connection factory, the migrator and the token stores.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DatabaseOptions"/> (section <c>Database</c>) and <see cref="TokenKeyOptions"/> (section
    /// <c>Security</c>) with their validators, the connection factory for the configured provider, the migrator,
    /// the token and account-hash stores and the token protector, and registers the Dapper type handlers.
    /// </summary>
    /// <remarks>
    /// The token key is read on first use (so commands that never touch secrets need no key), from
    /// <c>$CREDENTIALS_DIRECTORY/token-key</c> or <see cref="TokenKeyOptions.KeyFile"/>. Options are validated on start
    /// when the caller uses a host; call <c>ValidateOnStart</c> there.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddSchwabData(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        DapperTypeHandlers.Register();

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        services.AddOptions<TokenKeyOptions>().BindConfiguration(TokenKeyOptions.SectionName);

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDbConnectionFactory>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
                ? ActivatorUtilities.CreateInstance<SqlServerConnectionFactory>(sp)
                : ActivatorUtilities.CreateInstance<SqliteConnectionFactory>(sp));
        services.TryAddSingleton<SqlServerNames>();
        services.TryAddSingleton(sp =>
        {
            TokenKeyOptions keyOptions = sp.GetRequiredService<IOptions<TokenKeyOptions>>().Value;
            return new TokenProtector(() => TokenKey.Load(keyOptions, Environment.GetEnvironmentVariable));
        });
        services.TryAddSingleton<Migrator>();
        services.TryAddSingleton<TokenStore>();
        services.TryAddSingleton<HashStore>();
        services.TryAddSingleton<ServiceStatusStore>();
        services.TryAddSingleton<FreshnessStore>();
        services.TryAddSingleton<MarketHoursStore>();
        services.TryAddSingleton<BalancesStore>();
        services.TryAddSingleton<OptionChainStore>();
        services.TryAddSingleton<Candles.CandleStore>();
        services.TryAddSingleton<Time.MarketClock>();
        services.TryAddSingleton<Orders.OrderStore>();
        services.TryAddSingleton<Orders.TransactionStore>();
        services.TryAddSingleton<Streaming.StreamingDataStore>();
        services.TryAddSingleton<Api.Auth.IAccessTokenSource, StoredAccessTokenSource>();
        return services;
    }
}
