using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Core.Api.Http;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api;

public sealed class ApiServiceCollectionExtensionsTests
{
    private static ServiceProvider Build() =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Schwab:Apps:MAIN_DATA:ClientId"] = "id",
                ["Schwab:Apps:MAIN_DATA:ClientSecret"] = "secret",
                ["Schwab:TradeApp"] = "MAIN_DATA",
            }).Build())
            .AddSingleton<IAccessTokenSource>(new FakeAccessTokenSource())
            .AddLogging()
            .AddSchwabApi()
            .BuildServiceProvider();

    private static List<HttpMessageHandler> Chain(HttpMessageHandler handler)
    {
        var chain = new List<HttpMessageHandler>();
        for (HttpMessageHandler? h = handler; h is not null; h = (h as DelegatingHandler)?.InnerHandler)
        {
            chain.Add(h);
        }

        return chain;
    }

    [Fact]
    public void AddSchwabApi_RestPipeline_IsLimiterResilienceBearerLogThenDecompressingSockets()
    {
        using ServiceProvider provider = Build();

        List<HttpMessageHandler> chain = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(SchwabHttp)));

        List<string> names = [.. chain.Select(h => h.GetType().Name).Where(n => !n.StartsWith("Logging", StringComparison.Ordinal) && n != "LifetimeTrackingHttpMessageHandler")];
        Assert.Equal(["RateLimitingHandler", "ResilienceHandler", "BearerTokenHandler", "RateLimitLoggingHandler", "SocketsHttpHandler"], names);
        Assert.Equal(DecompressionMethods.All, Assert.IsType<SocketsHttpHandler>(chain[^1]).AutomaticDecompression);
    }

    [Fact]
    public void AddSchwabApi_OAuthPipeline_HasNoRetryAndDecompresses()
    {
        using ServiceProvider provider = Build();

        List<HttpMessageHandler> chain = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(OAuthClient)));

        Assert.DoesNotContain(chain, h => h.GetType().Name.Contains("Resilience", StringComparison.Ordinal));
        Assert.Equal(DecompressionMethods.All, Assert.IsType<SocketsHttpHandler>(chain[^1]).AutomaticDecompression);
    }

    [Fact]
    public void AddSchwabApi_Client_MapsGroupsToDataAndTradeApps()
    {
        using ServiceProvider provider = Build();

        SchwabClient client = provider.GetRequiredService<SchwabClient>();

        Assert.Equal(("MAIN_DATA", "MAIN_DATA", "MAIN_DATA"), (client.MarketData.ApiName, client.Orders.ApiName, client.Accounts.ApiName));
        Assert.Equal("OTHER", client.ForApp("OTHER").Transactions.ApiName);
    }
}
