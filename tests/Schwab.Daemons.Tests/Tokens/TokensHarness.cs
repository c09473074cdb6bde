using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Api.Auth;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;
using Schwab.Daemons.Tokens;
using Schwab.Simulator;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Tokens;

/// <summary>
/// A real simulator on 127.0.0.1 and a real SQLite file, sharing one fake clock with any number of DI containers
/// built like the daemon's (settings, data, API, status, watchdog, the worker), each with its own log collector.
/// </summary>
internal sealed class TokensHarness : IAsyncDisposable
{
    public const string Api = "MAIN_DATA";
    private readonly TempDirectory _dir = new();
    private readonly List<ServiceProvider> _containers = [];

    private TokensHarness(SchwabSimulator simulator, TimerAwareFakeTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
    }

    public SchwabSimulator Simulator { get; }

    public TimerAwareFakeTimeProvider Time { get; }

    public static async Task<TokensHarness> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var time = new TimerAwareFakeTimeProvider();
        var options = new SimulatorOptions { Time = time };
        configure?.Invoke(options);
        var harness = new TokensHarness(await SchwabSimulator.StartAsync(options), time);
        string key = harness._dir.File("token.key");
        TokenKey.CreateKeyFile(key);
        await DaemonSetup.PrepareDatabaseAsync(harness._dir.File("pipeline.db"), keyFile: null);
        return harness;
    }

    /// <summary>A container as the daemon composes it; <paramref name="connections"/> wraps its connection factory.</summary>
    public ServiceProvider Container(
        Func<IDbConnectionFactory, IDbConnectionFactory>? connections = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        IConfiguration configuration = DaemonContainer.Configuration(
            Simulator, _dir, new Dictionary<string, string?> { ["Tokens:RefreshJitter"] = "00:00:00" }, settings);
        ServiceProvider provider = DaemonContainer.Build(configuration, Time, services =>
        {
            if (connections is not null)
            {
                ServiceDescriptor inner = services.Single(d => d.ServiceType == typeof(IDbConnectionFactory));
                services.Remove(inner);
                services.AddSingleton(sp => connections((IDbConnectionFactory)inner.ImplementationFactory!(sp)));
            }

            services.AddSingleton<TokensWorker>();
        });
        _containers.Add(provider);
        return provider;
    }

    /// <summary>What <c>schwabctl auth</c> does: an authorization code exchanged for tokens, stored as a new login.</summary>
    public async Task<TokenSet> LoginAsync(ServiceProvider container, CancellationToken cancellationToken = default)
    {
        using IServiceScope scope = container.CreateScope();
        OAuthTokens tokens = await scope.ServiceProvider.GetRequiredService<OAuthClient>()
            .ExchangeCodeAsync(Api, Simulator.IssueAuthorizationCode(), cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<TokenRefresher>().StoreLoginAsync(Api, tokens, cancellationToken);
    }

    /// <summary>True when the simulator accepts <paramref name="accessToken"/> on a trader endpoint right now.</summary>
    public async Task<bool> IsAcceptedAsync(string accessToken)
    {
        using var client = new HttpClient { BaseAddress = Simulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/trader/v1/accounts/accountNumbers", UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using HttpResponseMessage response = await client.SendAsync(request);
        return response.IsSuccessStatusCode;
    }

    public static async Task<TokenSet> StoredAsync(ServiceProvider container) =>
        await container.GetRequiredService<TokenStore>().GetAsync(Api, CancellationToken.None)
            ?? throw new InvalidOperationException("no token row");

    public async ValueTask DisposeAsync()
    {
        foreach (ServiceProvider container in _containers)
        {
            await container.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        _dir.Dispose();
    }
}
