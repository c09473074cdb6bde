using System.Net;
using Schwab.Core.Api;
using Schwab.Core.Domain;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api;

/// <summary>Paths, query strings and headers exactly as schwab-api.md describes them, and bodies mapped to the domain.</summary>
public sealed class SchwabClientRequestTests
{
    [Fact]
    public async Task GetQuotesAsync_IndexAndOptionSymbols_AreUrlEncodedAndSentWithBearerAndAccept()
    {
        using var h = new ApiHarness();
        h.Tokens.Set("MAIN_DATA", "data-access");
        h.Stub.EnqueueJson(Fixture.Text("quote_index_spx.json"));

        QuoteSet set = await h.Client.MarketData.GetQuotesAsync(["$SPX", "SPXW  250520C05660000"], "quote,reference");

        RecordedRequest r = Assert.Single(h.Stub.Requests);
        Assert.Equal(ApiHarness.BaseUrl + "/marketdata/v1/quotes?symbols=%24SPX%2CSPXW%20%20250520C05660000&fields=quote%2Creference", r.Uri.AbsoluteUri);
        Assert.Equal("Bearer data-access", r.Authorization);
        Assert.Contains("application/json", r.Headers["Accept"], StringComparison.Ordinal);
        Assert.Equal(6071.17m, set.Quotes["$SPX"].Last);
    }

    [Fact]
    public async Task GetOptionChainAsync_SendsChainParametersAndStreamsTheFixture()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson(Fixture.Text("chains_spx.json"));
        var request = new OptionChainRequest
        {
            Symbol = "$SPX",
            ContractType = "ALL",
            StrikeCount = 200,
            IncludeUnderlyingQuote = true,
            FromDate = new DateOnly(2025, 5, 20),
            ToDate = new DateOnly(2025, 5, 27),
        };

        OptionChain chain = await h.Client.MarketData.GetOptionChainAsync(request);

        Assert.Equal(ApiHarness.BaseUrl + "/marketdata/v1/chains?symbol=%24SPX&contractType=ALL&strikeCount=200&includeUnderlyingQuote=true&fromDate=2025-05-20&toDate=2025-05-27",
            h.Stub.Requests[0].Uri.AbsoluteUri);
        Assert.Equal(162, chain.Contracts.Count);
        Assert.Equal("Bearer token-MAIN_DATA", h.Stub.Requests[0].Authorization);
    }

    [Fact]
    public async Task StreamOptionChainAsync_TruncatedHttpBody_ThrowsNamingTheEndpoint()
    {
        using var h = new ApiHarness();
        string body = Fixture.Text("chains_spx.json");
        h.Stub.EnqueueJson(body[..(body.Length / 3)]);
        int contracts = 0;

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.Client.MarketData.StreamOptionChainAsync(
            new OptionChainRequest { Symbol = "$SPX" }, (batch, _) => { contracts += batch.Count; return ValueTask.CompletedTask; }));

        Assert.Contains("/marketdata/v1/chains", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.IsMalformedBody && ex.IsTransient);
        Assert.InRange(contracts, 1, 161);
    }

    [Fact]
    public async Task GetTransactionsAsync_SendsIsoMillisZDatesAndAllTypes_UsingTheTradeApp()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson(Fixture.Text("transactions.json"));

        IReadOnlyList<AccountTransaction> list = await h.Client.Transactions.GetTransactionsAsync(
            "HASH", new DateTimeOffset(2024, 3, 28, 17, 10, 42, TimeSpan.FromHours(-4)), new DateTimeOffset(2024, 3, 29, 0, 0, 0, TimeSpan.Zero));

        Uri uri = h.Stub.Requests[0].Uri;
        Assert.Equal("/trader/v1/accounts/HASH/transactions", uri.AbsolutePath);
        Assert.Contains("startDate=2024-03-28T21%3A10%3A42.000Z&endDate=2024-03-29T00%3A00%3A00.000Z&types=TRADE%2CRECEIVE_AND_DELIVER", uri.Query, StringComparison.Ordinal);
        Assert.Equal("Bearer token-MAIN_TRADE", h.Stub.Requests[0].Authorization);
        Assert.Equal(12, list.Count);
    }

    [Fact]
    public async Task GetOrdersAsync_SendsEnteredTimeWindowAndMapsRawJson()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson("""
            [{"session":"NORMAL","duration":"DAY","orderType":"NET_CREDIT","complexOrderStrategyType":"VERTICAL","quantity":1.0,"filledQuantity":1.0,
              "remainingQuantity":0.0,"price":"1.25","orderStrategyType":"SINGLE","orderId":1001,"cancelable":false,"editable":false,"status":"FILLED",
              "enteredTime":"2024-03-28T14:00:00+0000","closeTime":"2024-03-28T14:00:05+0000","accountNumber":12345678,"brandNew":{"x":1},
              "orderLegCollection":[{"orderLegType":"OPTION","legId":1,"instrument":{"assetType":"OPTION","symbol":"SPXW  240328P05200000","putCall":"PUT"},
                 "instruction":"SELL_TO_OPEN","positionEffect":"OPENING","quantity":1.0}],
              "orderActivityCollection":[{"activityType":"EXECUTION","activityId":77,"executionType":"FILL","quantity":1.0,"orderRemainingQuantity":0.0,
                 "executionLegs":[{"legId":1,"quantity":1.0,"mismarkedQuantity":0.0,"price":2.5,"time":"2024-03-28T14:00:05+0000","instrumentId":99}]}],
              "childOrderStrategies":[{"orderId":1002,"status":"WORKING","childOnly":true}]}]
            """);

        IReadOnlyList<Order> orders = await h.Client.Orders.GetOrdersAsync("HASH",
            new DateTimeOffset(2024, 3, 28, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 29, 0, 0, 0, TimeSpan.Zero), status: "FILLED");

        Assert.Equal("/trader/v1/accounts/HASH/orders?fromEnteredTime=2024-03-28T00%3A00%3A00.000Z&toEnteredTime=2024-03-29T00%3A00%3A00.000Z&status=FILLED",
            h.Stub.Requests[0].Uri.PathAndQuery);
        Order o = Assert.Single(orders);
        Assert.Equal((1001L, "FILLED", 1.25m, "VERTICAL"), (o.OrderId, o.Status, o.Price, o.ComplexOrderStrategyType));
        Assert.Equal(new DateTimeOffset(2024, 3, 28, 14, 0, 5, TimeSpan.Zero), o.CloseTime);
        Assert.Equal(("SPXW  240328P05200000", "SELL_TO_OPEN"), (o.Legs[0].Symbol, o.Legs[0].Instruction));
        ExecutionLeg fill = o.Activities[0].ExecutionLegs[0];
        Assert.Equal((2.5m, 1m, new DateTimeOffset(2024, 3, 28, 14, 0, 5, TimeSpan.Zero)), (fill.Price, fill.Quantity, fill.Time!.Value));
        Assert.Contains("brandNew", o.RawJson, StringComparison.Ordinal);
        Assert.Equal((1002L, "WORKING"), (o.ChildOrders[0].OrderId, o.ChildOrders[0].Status));
        Assert.Contains("childOnly", o.ChildOrders[0].RawJson, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAllOrdersAndGetOrder_UseTheirPaths()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson("[]").EnqueueJson("""{"orderId":5,"status":"CANCELED"}""");
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Empty(await h.Client.Orders.GetAllOrdersAsync(from, from.AddDays(1), maxResults: 10));
        Order one = await h.Client.Orders.GetOrderAsync("HASH", 5);

        Assert.Equal("/trader/v1/orders?fromEnteredTime=2024-01-01T00%3A00%3A00.000Z&toEnteredTime=2024-01-02T00%3A00%3A00.000Z&maxResults=10", h.Stub.Requests[0].Uri.PathAndQuery);
        Assert.Equal("/trader/v1/accounts/HASH/orders/5", h.Stub.Requests[1].Uri.PathAndQuery);
        Assert.Equal("CANCELED", one.Status);
    }

    [Fact]
    public async Task GetAccountsAsync_AttachesHashesFromAccountNumbers()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson("[" + Fixture.Text("account_margin_positions.json") + "]")
            .EnqueueJson("""[{"accountNumber":"11111111","hashValue":"ABCDEF0123"}]""");

        IReadOnlyList<Account> accounts = await h.Client.Accounts.GetAccountsAsync();

        Assert.Equal("/trader/v1/accounts?fields=positions", h.Stub.Requests[0].Uri.PathAndQuery);
        Assert.Equal("/trader/v1/accounts/accountNumbers", h.Stub.Requests[1].Uri.PathAndQuery);
        Assert.Equal(("ABCDEF0123", 10), (accounts[0].AccountHash, accounts[0].Positions.Count));
    }

    [Fact]
    public async Task PriceHistoryMarketHoursExpirationsAndPreference_BuildTheirQueries()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson(Fixture.Text("pricehistory_daily_spy.json"))
            .EnqueueJson("""{"equity":{"equity":{"date":"2026-10-03","marketType":"EQUITY","product":"equity","isOpen":false}}}""")
            .EnqueueJson(Fixture.Text("expiration_chain_spy.json"))
            .EnqueueJson(Fixture.Text("user_preference.json"));

        PriceHistory history = await h.Client.MarketData.GetPriceHistoryAsync(new PriceHistoryRequest
        {
            Symbol = "$SPX", PeriodType = "day", Period = 10, FrequencyType = "minute", Frequency = 1,
            StartDate = DateTimeOffset.FromUnixTimeMilliseconds(1791198000000), NeedExtendedHoursData = false,
        });
        IReadOnlyList<MarketHours> hours = await h.Client.MarketData.GetMarketHoursAsync(["equity", "option"], new DateOnly(2026, 10, 3));
        IReadOnlyList<OptionExpiration> expirations = await h.Client.MarketData.GetExpirationChainAsync("SPY");
        StreamerInfo streamer = await h.Client.UserPreference.GetStreamerInfoAsync();

        Assert.Equal("/marketdata/v1/pricehistory?symbol=%24SPX&periodType=day&period=10&frequencyType=minute&frequency=1&startDate=1791198000000&needExtendedHoursData=false",
            h.Stub.Requests[0].Uri.PathAndQuery);
        Assert.Equal("/marketdata/v1/markets?markets=equity%2Coption&date=2026-10-03", h.Stub.Requests[1].Uri.PathAndQuery);
        Assert.Equal("/marketdata/v1/expirationchain?symbol=SPY", h.Stub.Requests[2].Uri.PathAndQuery);
        Assert.Equal("/trader/v1/userPreference", h.Stub.Requests[3].Uri.PathAndQuery);
        Assert.Equal((21, false, 32, "N9"), (history.Candles.Count, hours[0].IsOpen, expirations.Count, streamer.Channel));
    }

    [Fact]
    public async Task ForApp_UsesThatAppsTokenForEveryGroup()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson("[]");

        await h.Client.ForApp("MAIN_DATA").Accounts.GetAccountNumbersAsync();

        Assert.Equal("Bearer token-MAIN_DATA", h.Stub.Requests[0].Authorization);
    }

    [Fact]
    public void OrdersApi_HasNoMethodThatCouldPlaceChangeOrCancelAnOrder()
    {
        string[] verbs = ["Place", "Replace", "Cancel", "Delete", "Post", "Put", "Submit", "Preview"];

        IEnumerable<string> methods = typeof(OrdersApi).GetMethods().Select(m => m.Name);

        Assert.DoesNotContain(methods, m => verbs.Any(v => m.Contains(v, StringComparison.OrdinalIgnoreCase)));
    }
}
