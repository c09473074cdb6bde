using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Balances;

/// <summary>Composition of <c>schwab-balances</c>: balance and position snapshots at fixed times on trading days.</summary>
internal static class BalancesDaemon
{
    public static IHostApplicationBuilder AddBalancesDaemon(this IHostApplicationBuilder builder)
    {
        builder.UsesSettings(BalancesOptions.SectionName);
        builder.Services.AddSingleton<BalancesWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BalancesWorker>());
        return builder;
    }
}
