using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Core.Data.Tokens;
using Schwab.Simulator.Faults;
using Schwab.Testing;

namespace Schwab.Core.Tests.EndToEnd;

/// <summary>Faults injected at the simulator, seen through the REST client over real HTTP.</summary>
public sealed class RestFaultEndToEndTests
{
    private static readonly Dictionary<string, string?> s_quickRetries = new()
    {
        ["Schwab:Resilience:BaseDelay"] = "00:00:00.001",
        ["Schwab:Resilience:MaxRetryAttempts"] = "2",
    };

    [Fact]
    public async Task TooManyRequests_RetryAfterHonouredOnTheSharedClock()
    {
        var time = new TimerAwareFakeTimeProvider();
        time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 15, 30, 0, TimeSpan.Zero));
        await using EndToEndHost host = await EndToEndHost.StartAsync(time);
        host.Simulator.Faults.Add(new HttpFault
        {
            PathPrefix = "/marketdata/v1/quotes", Kind = HttpFaultKind.Status, StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(7), Times = 1,
        });
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();

        Task<Domain.QuoteSet> call = EndToEndHost.Client(scope).MarketData.GetQuotesAsync(["$SPX"]);
        TimeSpan delay = await time.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(7) && d < TimeSpan.FromSeconds(8));
        DateTimeOffset throttledAt = time.GetUtcNow();
        time.Advance(delay);
        Domain.QuoteSet quotes = await call;

        Assert.True(quotes.Quotes.ContainsKey("$SPX"));
        var attempts = host.Simulator.Record.Requests.Where(r => r.Path == "/marketdata/v1/quotes").ToList();
        Assert.Equal([429, 200], attempts.Select(r => r.Status));
        Assert.True(attempts[1].Time - throttledAt >= TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task ServerErrors_RetriedThenSurfaceWithStatusAndEndpoint()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync(settings: s_quickRetries);
        host.Simulator.Faults.Add(new HttpFault { PathPrefix = "/marketdata/v1/quotes", Kind = HttpFaultKind.Status, StatusCode = 500 });
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => EndToEndHost.Client(scope).MarketData.GetQuotesAsync(["$SPX"]));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Contains("/quotes", ex.Endpoint, StringComparison.Ordinal);
        Assert.Equal(3, host.Simulator.Record.Requests.Count(r => r.Path == "/marketdata/v1/quotes"));
    }

    [Theory]
    [InlineData(HttpFaultKind.MalformedBody)]
    [InlineData(HttpFaultKind.TruncatedBody)]
    public async Task BadBody_ErrorNamesTheEndpoint(HttpFaultKind kind)
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync(settings: s_quickRetries);
        host.Simulator.Faults.Add(new HttpFault { PathPrefix = "/trader/v1/userPreference", Kind = kind });
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => EndToEndHost.Client(scope).UserPreference.GetAsync());

        Assert.Contains("/userPreference", ex.Message + ex.Endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredRefreshToken_TypedReauthenticationError()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync();
        host.Simulator.Faults.ExpireRefreshTokens();
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        TokenSet stored = (await scope.ServiceProvider.GetRequiredService<TokenStore>().GetAsync("MAIN_DATA", CancellationToken.None))!;

        var ex = await Assert.ThrowsAsync<ReauthenticationRequiredException>(
            () => scope.ServiceProvider.GetRequiredService<OAuthClient>().RefreshAsync("MAIN_DATA", stored.RefreshToken, stored.RefreshIssuedAt));

        Assert.Equal("MAIN_DATA", ex.ApiName);
        Assert.Contains("schwabctl auth --api MAIN_DATA", ex.Message, StringComparison.Ordinal);
    }
}
