using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Stream;

/// <summary>Composition of <c>schwab-stream</c>: level-one quotes for the underlyings and their 0DTE options during the session.</summary>
internal static class StreamDaemon
{
    public static IHostApplicationBuilder AddStreamDaemon(this IHostApplicationBuilder builder)
    {
        builder.UsesSettings(StreamOptions.SectionName, Schwab.Core.Api.Streaming.StreamerOptions.SectionName);
        builder.Services.AddStreamServices();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StreamWorker>());
        return builder;
    }

    /// <summary>Everything but the hosted service (tests run the worker themselves).</summary>
    public static IServiceCollection AddStreamServices(this IServiceCollection services)
    {
        services.AddSchwabStreaming();
        services.AddSingleton<StreamRowWriter>();
        services.AddSingleton<StreamWorker>();
        return services;
    }
}
