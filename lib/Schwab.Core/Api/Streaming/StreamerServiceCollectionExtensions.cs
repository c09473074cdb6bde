using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Schwab.Core.Api.Streaming;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Schwab streamer client.</summary>
public static class StreamerServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="StreamerClient"/> (singleton), <see cref="StreamerOptions"/> bound to section
    /// <c>Streamer</c> and validated at start, the <c>schwab-stream</c> resilience pipeline, and the
    /// <see cref="System.Net.WebSockets.ClientWebSocket"/> connection factory.
    /// </summary>
    /// <remarks>Credentials come from the data app (userPreference and the token table) unless another <see cref="IStreamerCredentialsSource"/> is registered first.</remarks>
    public static IServiceCollection AddSchwabStreaming(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StreamerOptions>().BindConfiguration(StreamerOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StreamerOptions>, StreamerOptionsValidator>());
        services.TryAddSingleton<IWebSocketConnectionFactory, ClientWebSocketConnectionFactory>();
        services.AddResiliencePipeline(StreamerResilience.PipelineKey, static (builder, context) =>
        {
            IServiceProvider provider = context.ServiceProvider;
            StreamerResilience.Configure(
                builder,
                provider.GetRequiredService<IOptions<StreamerOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<StreamerClient>>());
        });
        services.TryAddSingleton<IStreamerCredentialsSource, StoredStreamerCredentialsSource>();
        services.TryAddSingleton<StreamerClient>();
        return services;
    }
}
