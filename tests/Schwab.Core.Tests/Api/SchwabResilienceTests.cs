using System.Net;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Api;
using Schwab.Core.Api.Http;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api;

/// <summary>Retries, Retry-After, timeouts and cancellation on fake time (no sleeps).</summary>
public sealed class SchwabResilienceTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task TooManyRequests_WithRetryAfterSeconds_WaitsThatLongThenSucceedsAndLogs429()
    {
        using var h = new ApiHarness();
        h.Stub.Enqueue(HttpStatusCode.TooManyRequests, "Rate Limit Exceeded", "text/plain", ("Retry-After", "7"))
            .EnqueueJson(Fixture.Text("quote_index_spx.json"));

        var quotes = await h.RunAsync(h.Client.MarketData.GetQuotesAsync(["$SPX"]), s_step);

        Assert.Equal(6071.17m, quotes.Quotes["$SPX"].Last);
        Assert.Equal(2, h.Stub.Requests.Count);
        TimeSpan waited = h.Stub.Requests[1].SentAt - h.Stub.Requests[0].SentAt;
        Assert.InRange(waited, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(10));
        FakeLogRecord log = Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 1300);
        Assert.Contains("429 rate limited", log.Message, StringComparison.Ordinal);
        Assert.Contains("/marketdata/v1/quotes", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyRequests_WithRetryAfterHttpDate_WaitsUntilThatDateOnTheInjectedClock()
    {
        using var h = new ApiHarness();
        string date = h.Time.GetUtcNow().AddSeconds(20).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        h.Stub.Enqueue(HttpStatusCode.TooManyRequests, "", "text/plain", ("Retry-After", date)).EnqueueJson("[]");

        await h.RunAsync(h.Client.Accounts.GetAccountNumbersAsync(), s_step);

        TimeSpan waited = h.Stub.Requests[1].SentAt - h.Stub.Requests[0].SentAt;
        Assert.InRange(waited, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(23));
    }

    [Fact]
    public async Task ServerErrors_RetriedMaxRetryAttemptsTimes_ThenSchwabApiException()
    {
        using var h = new ApiHarness(new() { ["Schwab:Resilience:MaxRetryAttempts"] = "2" });
        h.Stub.Fallback = _ => StubHttpMessageHandler.Respond(HttpStatusCode.ServiceUnavailable, """{"message":"Service unavailable","errors":[]}""");

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.RunAsync(h.Client.Accounts.GetAccountNumbersAsync(), TimeSpan.FromSeconds(1)));

        Assert.Equal(3, h.Stub.Requests.Count);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Service unavailable", true), (ex.StatusCode, ex.ErrorText, ex.IsTransient));
        Assert.True(h.Stub.Requests[1].SentAt > h.Stub.Requests[0].SentAt, "the retry must back off");
    }

    [Fact]
    public async Task Post_IsNeverRetried()
    {
        using var h = new ApiHarness();
        h.Stub.Fallback = _ => StubHttpMessageHandler.Respond(HttpStatusCode.ServiceUnavailable);
        SchwabHttp http = h.Get<SchwabHttp>();

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.RunAsync(
            http.SendAsync("MAIN_TRADE", HttpMethod.Post, "/trader/v1/accounts/H/previewOrder", new StringContent("{}"), CancellationToken.None), TimeSpan.FromSeconds(1)));
        h.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Single(h.Stub.Requests);
    }

    [Fact]
    public async Task TokenEndpoint_ServerError_IsNeverRetried()
    {
        using var h = new ApiHarness();
        h.Stub.Fallback = _ => StubHttpMessageHandler.Respond(HttpStatusCode.BadGateway);

        await Assert.ThrowsAsync<SchwabApiException>(() => h.OAuth.RefreshAsync("MAIN_DATA", "refresh", h.Time.GetUtcNow()));

        Assert.Single(h.Stub.Requests);
    }

    [Fact]
    public async Task HangingRequest_PastTheAttemptTimeout_IsReportedAsTimeout()
    {
        using var h = new ApiHarness(new() { ["Schwab:RequestTimeout"] = "00:00:05", ["Schwab:Resilience:MaxRetryAttempts"] = "0" });
        h.Stub.EnqueueHang();

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.RunAsync(h.Client.MarketData.GetQuotesAsync(["$SPX"]), TimeSpan.FromSeconds(1)));

        Assert.True(ex.IsTimeout);
        Assert.True(ex.IsTransient);
        Assert.Null(ex.StatusCode);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HangingRequest_CancelledByTheCaller_StaysOperationCanceled()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueHang();
        using var cts = new CancellationTokenSource();

        Task<Core.Domain.QuoteSet> call = h.Client.MarketData.GetQuotesAsync(["$SPX"], cancellationToken: cts.Token);
        await h.Stub.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        Exception ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsNotAssignableFrom<SchwabApiException>(ex);
    }

    [Fact]
    public void TranslateFailure_HttpClientTimeoutWithoutCallerCancellation_IsTimeout()
    {
        var timeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException());

        SchwabApiException? translated = SchwabResponses.TranslateFailure(timeout, "POST", "/v1/oauth/token", CancellationToken.None);
        SchwabApiException? cancelled = SchwabResponses.TranslateFailure(timeout, "POST", "/v1/oauth/token", new CancellationToken(canceled: true));

        Assert.True(translated!.IsTimeout);
        Assert.Null(cancelled);
    }
}
