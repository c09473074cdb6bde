using System.Net;
using Schwab.Core.Api;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api;

/// <summary>Every error body shape of schwab-api.md §3 becomes one <see cref="SchwabApiException"/> with status, text and correlation id.</summary>
public sealed class SchwabErrorTests
{
    private static readonly Dictionary<string, string?> s_noRetries = new() { ["Schwab:Resilience:MaxRetryAttempts"] = "0" };

    public static TheoryData<HttpStatusCode, string, string, string> Shapes => new()
    {
        {
            HttpStatusCode.BadRequest, "application/json",
            """{"errors":[{"id":"17e62dc8-f017-45c9-93ff-d780ebbcd9d6","status":"400","title":"Bad Request","detail":"Date cannot be more than 7 days in the past.","source":{"parameter":"date"}}]}""",
            "Date cannot be more than 7 days in the past. (date)"
        },
        {
            HttpStatusCode.BadRequest, "application/json",
            """{"errors":[{"id":"a","status":400,"title":"Bad Request","detail":"Search combination should not exceed 500.","source":{"pointer":["/data/attributes/symbols"]}}]}""",
            "Search combination should not exceed 500."
        },
        {
            HttpStatusCode.NotFound, "application/json", """{"errors":[{"id":"b","status":"404","title":"Not Found"}]}""", "Not Found"
        },
        {
            HttpStatusCode.BadRequest, "application/json", """{"message":"Order validation failed","errors":["Quantity must be positive","Price required"]}""",
            "Order validation failed; Quantity must be positive; Price required"
        },
        {
            HttpStatusCode.InternalServerError, "application/json",
            """{"fault":{"faultstring":"Body buffer overflow","detail":{"errorcode":"protocol.http.TooBigBody"}}}""", "Body buffer overflow"
        },
        {
            HttpStatusCode.NotFound, "text/plain", "Requested route '/trader/v1/nope' does not exist", "Requested route '/trader/v1/nope' does not exist"
        },
        {
            HttpStatusCode.Forbidden, "text/html",
            "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\nYou don't have permission.<P>\nReference #18.6c0b1402.1727000000.1a2b3c\n</BODY></HTML>",
            "Access Denied (Reference #18.6c0b1402.1727000000.1a2b3c)"
        },
        {
            HttpStatusCode.ServiceUnavailable, "application/json", "", ""
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task EnsureSuccessAsync_EachErrorShape_BecomesSchwabApiException(HttpStatusCode status, string mediaType, string body, string expectedText)
    {
        using var h = new ApiHarness(s_noRetries);
        h.Stub.Enqueue(status, body, mediaType, ("Schwab-Client-CorrelId", "c0ffee00-1111-2222-3333-444455556666"));

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.Client.MarketData.GetQuotesAsync(["$SPX"]));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(expectedText.Length == 0 ? null : expectedText, ex.ErrorText);
        Assert.Equal("c0ffee00-1111-2222-3333-444455556666", ex.CorrelationId);
        Assert.Equal("/marketdata/v1/quotes", ex.Endpoint);
        Assert.StartsWith($"Schwab API GET /marketdata/v1/quotes failed: {(int)status}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("c0ffee00-1111-2222-3333-444455556666", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("symbols=", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Stub.Requests);
    }

    [Fact]
    public async Task EnsureSuccessAsync_BodyBufferOverflow_IsFlaggedSoTheCallerCanSplit()
    {
        using var h = new ApiHarness(s_noRetries);
        h.Stub.Enqueue(HttpStatusCode.InternalServerError, """{"fault":{"faultstring":"Body buffer overflow","detail":{"errorcode":"protocol.http.TooBigBody"}}}""");

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.Client.MarketData.GetOptionChainAsync(new OptionChainRequest { Symbol = "$SPX" }));

        Assert.True(ex.IsBodyBufferOverflow);
        Assert.Equal("protocol.http.TooBigBody", ex.ErrorCode);
    }

    [Fact]
    public async Task GetJsonAsync_MalformedBody_ThrowsNamingTheEndpoint()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson("""{"symbol":"SPY","candles":[{"open":1""");

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.Client.MarketData.GetPriceHistoryAsync(new PriceHistoryRequest { Symbol = "SPY" }));

        Assert.True(ex.IsMalformedBody);
        Assert.Contains("/marketdata/v1/pricehistory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthorized_TwiceInARow_RereadsTheTokenOnceThenFails()
    {
        using var h = new ApiHarness(s_noRetries);
        const string body = """{"errors":[{"id":"x","status":401,"title":"Unauthorized","detail":"Client not authorized"}]}""";
        h.Stub.Enqueue(HttpStatusCode.Unauthorized, body).Enqueue(HttpStatusCode.Unauthorized, body);

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.Client.Accounts.GetAccountNumbersAsync());

        Assert.Equal((HttpStatusCode.Unauthorized, "Client not authorized"), (ex.StatusCode, ex.ErrorText));
        Assert.Equal(2, h.Stub.Requests.Count);
        Assert.Equal(1, h.Tokens.Invalidations);
        Assert.Equal(2, h.Tokens.Reads);
    }

    [Fact]
    public async Task Unauthorized_ThenSuccessWithTheRereadToken_Succeeds()
    {
        using var h = new ApiHarness(s_noRetries);
        h.Tokens.Set("MAIN_TRADE", "stale");
        h.Tokens.OnInvalidate = api => h.Tokens.Set(api, "fresh");
        h.Stub.Enqueue(HttpStatusCode.Unauthorized, """{"errors":[{"status":401,"detail":"Client not authorized"}]}""")
            .EnqueueJson("""[{"accountNumber":"1","hashValue":"H"}]""");

        var links = await h.Client.Accounts.GetAccountNumbersAsync();

        Assert.Equal("H", Assert.Single(links).AccountHash);
        Assert.Equal(["Bearer stale", "Bearer fresh"], h.Stub.Requests.Select(r => r.Authorization));
        Assert.Equal(1, h.Tokens.Invalidations);
    }

    [Fact]
    public async Task MissingToken_ReauthenticationRequired_PropagatesWithoutSendingOrRetrying()
    {
        using var h = new ApiHarness();
        h.Tokens.ReadFailure = new ReauthenticationRequiredException("MAIN_TRADE");

        var ex = await Assert.ThrowsAsync<ReauthenticationRequiredException>(() => h.Client.Accounts.GetAccountNumbersAsync());

        Assert.Equal("re-authentication required: run schwabctl auth --api MAIN_TRADE", ex.Message);
        Assert.False(ex.IsTransient);
        Assert.Empty(h.Stub.Requests);
        Assert.Equal(1, h.Tokens.Reads);
    }
}
