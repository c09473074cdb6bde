using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Auth;
using Schwab.Core.Api.Http;

namespace Schwab.Core.Api;

/// <summary>Registers the Schwab REST client.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SchwabApiOptions"/> (section <c>Schwab</c>, validated at start with every error listed), the typed
    /// transport with its handlers (rate limit → standard resilience → bearer token → 429 log), <see cref="OAuthClient"/>
    /// (no retries) and the <see cref="SchwabClient"/> facade.
    /// </summary>
    /// <remarks>
    /// The caller must register an <see cref="IAccessTokenSource"/> (the token store) and <see cref="TimeProvider"/>
    /// (<see cref="TimeProvider.System"/> is added if none is).
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddSchwabApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SchwabApiOptions>()
            .BindConfiguration(SchwabApiOptions.SectionName)
            .PostConfigure(o =>
            {
                foreach ((string name, SchwabAppOptions app) in o.Apps)
                {
                    app.Name = name;
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchwabApiOptions>, SchwabApiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SchwabRateLimiters>();
        services.TryAddTransient<RateLimitingHandler>();
        services.TryAddTransient<BearerTokenHandler>();
        services.TryAddTransient<RateLimitLoggingHandler>();
        // Transient: it holds the typed OAuth HttpClient, which must not be captured by a singleton.
        services.TryAddTransient<Data.Tokens.TokenRefresher>();

        IHttpClientBuilder rest = services.AddHttpClient<SchwabHttp>(http =>
            {
                // Timeouts belong to the resilience handler (attempt and total); HttpClient's own would race them.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan) // the facade is long-lived; SocketsHttpHandler rotates connections itself
            .AddHttpMessageHandler<RateLimitingHandler>();
        rest.AddStandardResilienceHandler().Configure((o, sp) => SchwabResilience.Configure(
            o,
            sp.GetRequiredService<IOptions<SchwabApiOptions>>().Value,
            sp.GetRequiredService<SchwabRateLimiters>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Schwab.Core.Api.Resilience")));
        rest.AddHttpMessageHandler<BearerTokenHandler>()
            .AddHttpMessageHandler<RateLimitLoggingHandler>();

        services.AddHttpClient<OAuthClient>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<SchwabApiOptions>>().Value.RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        services.TryAddTransient(sp => new SchwabClient(sp.GetRequiredService<SchwabHttp>(), sp.GetRequiredService<IOptions<SchwabApiOptions>>()));
        return services;
    }

    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        // Schwab gzips bodies, error bodies included (schwab-api.md §0).
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
