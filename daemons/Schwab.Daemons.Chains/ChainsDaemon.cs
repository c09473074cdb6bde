using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Chains;

/// <summary>Composition of <c>schwab-chains</c>: option-chain snapshots on the session's minute boundaries.</summary>
internal static class ChainsDaemon
{
    public static IHostApplicationBuilder AddChainsDaemon(this IHostApplicationBuilder builder)
    {
        builder.UsesSettings(ChainsOptions.SectionName);
        builder.Services.AddChainsWorker();
        return builder;
    }

    /// <summary>The worker and its collaborators (tests compose a container with this too).</summary>
    public static IServiceCollection AddChainsWorker(this IServiceCollection services)
    {
        services.AddSingleton<ChainSchedule>();
        services.AddSingleton<ChainSnapshotCollector>();
        services.AddSingleton<ChainsWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ChainsWorker>());
        return services;
    }
}
