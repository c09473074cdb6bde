using System.Net;
using System.Text.Json;
using Schwab.Simulator.Market;

namespace Schwab.Core.Tests.Simulator;

public sealed class SimulatorRestTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(SimulatorHost host, HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        var response = await host.Client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    [Fact]
    public async Task Quotes_UnknownSymbols_ReportedUnderErrorsWith200()
    {
        await using var host = await SimulatorHost.StartAsync();
        var mixed = await host.GetJsonAsync("/marketdata/v1/quotes?symbols=%24SPX,XYZ,SPX");
        var onlyBad = await host.GetJsonAsync("/marketdata/v1/quotes?symbols=XYZ");
        Assert.Equal("INDEX", mixed.GetProperty("$SPX").GetProperty("assetMainType").GetString());
        Assert.Equal(["XYZ", "SPX"], mixed.GetProperty("errors").GetProperty("invalidSymbols").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["errors"], onlyBad.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Quotes_FieldsSubsetAndBadField_AreHonoured()
    {
        await using var host = await SimulatorHost.StartAsync();
        var subset = await host.GetJsonAsync("/marketdata/v1/quotes?symbols=NVDA&fields=quote");
        var (status, body, _) = await SendAsync(host, HttpMethod.Get, "/marketdata/v1/quotes?symbols=NVDA&fields=bogus");
        Assert.True(subset.GetProperty("NVDA").TryGetProperty("quote", out _));
        Assert.False(subset.GetProperty("NVDA").TryGetProperty("reference", out _));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("400", body.GetProperty("errors")[0].GetProperty("status").GetString());
        Assert.Equal("fields", body.GetProperty("errors")[0].GetProperty("source").GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Responses_CarrySchwabHeadersAndGzip()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var raw = new HttpClient { BaseAddress = host.Simulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/marketdata/v1/quotes?symbols=%24SPX");
        request.Headers.Authorization = new("Bearer", host.AccessToken);
        request.Headers.AcceptEncoding.Add(new("gzip"));
        using var response = await raw.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Guid.TryParse(response.Headers.GetValues("Schwab-Client-CorrelId").Single(), out _));
        Assert.Equal("1", response.Headers.GetValues("Schwab-Resource-Version").Single());
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        using var gzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal("INDEX", JsonDocument.Parse(gzip).RootElement.GetProperty("$SPX").GetProperty("assetMainType").GetString());
    }

    [Fact]
    public async Task Markets_OpenEarlyAndClosedDays_UseTheirShapes()
    {
        await using var host = await SimulatorHost.StartAsync();
        var open = await host.GetJsonAsync("/marketdata/v1/markets?markets=equity,option&date=2026-11-24");
        var early = await host.GetJsonAsync("/marketdata/v1/markets/option?date=2026-11-27");
        var closed = await host.GetJsonAsync("/marketdata/v1/markets?markets=equity,option&date=2026-11-26");
        var eq = open.GetProperty("equity").GetProperty("EQ");
        Assert.True(eq.GetProperty("isOpen").GetBoolean());
        Assert.Equal("2026-11-24T09:30:00-05:00", eq.GetProperty("sessionHours").GetProperty("regularMarket")[0].GetProperty("start").GetString());
        Assert.Equal("2026-11-24T20:00:00-05:00", eq.GetProperty("sessionHours").GetProperty("postMarket")[0].GetProperty("end").GetString());
        Assert.Equal("2026-11-27T13:15:00-05:00",
            early.GetProperty("option").GetProperty("IND").GetProperty("sessionHours").GetProperty("regularMarket")[0].GetProperty("end").GetString());
        var closedEquity = closed.GetProperty("equity").GetProperty("equity");
        Assert.Equal(["date", "marketType", "product", "isOpen"], closedEquity.EnumerateObject().Select(p => p.Name));
        Assert.Equal("option", closed.GetProperty("option").GetProperty("option").GetProperty("product").GetString());
    }

    [Theory]
    [InlineData("2026-11-16", "Date cannot be more than 7 days in the past.")]
    [InlineData("2027-11-25", "Date cannot be beyond 1 year from today")]
    public async Task Markets_DateOutOfRange_Is400(string date, string detail)
    {
        await using var host = await SimulatorHost.StartAsync();
        var (status, body, _) = await SendAsync(host, HttpMethod.Get, $"/marketdata/v1/markets?markets=equity&date={date}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(detail, body.GetProperty("errors")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PriceHistory_MinuteCandles_OnlyCompletedTradedMinutesAndRecorded()
    {
        await using var host = await SimulatorHost.StartAsync();
        var body = await host.GetJsonAsync("/marketdata/v1/pricehistory?symbol=%24SPX&periodType=day&period=1&frequencyType=minute&frequency=1");
        var times = body.GetProperty("candles").EnumerateArray().Select(c => DateTimeOffset.FromUnixTimeMilliseconds(c.GetProperty("datetime").GetInt64())).ToList();
        Assert.Equal(90, times.Count); // 09:30 … 10:59 ET, the 11:00 candle is not complete yet
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 30, 0, TimeSpan.Zero), times[0]);
        var recorded = host.Simulator.Record.PriceHistories.Single();
        Assert.Equal(times, recorded.Candles.Select(c => c.Time));
    }

    [Fact]
    public async Task PriceHistory_DailyCandles_StampedMidnightCentral()
    {
        await using var host = await SimulatorHost.StartAsync();
        var body = await host.GetJsonAsync("/marketdata/v1/pricehistory?symbol=SPY&periodType=month&period=1&frequencyType=daily&needPreviousClose=true");
        var stamps = body.GetProperty("candles").EnumerateArray().Select(c => DateTimeOffset.FromUnixTimeMilliseconds(c.GetProperty("datetime").GetInt64())).ToList();
        Assert.InRange(stamps.Count, 18, 23);
        Assert.All(stamps, t => Assert.Equal(TimeSpan.Zero, TimeZoneInfo.ConvertTime(t, ExchangeTime.Central).TimeOfDay));
        Assert.DoesNotContain(stamps, t => TimeZoneInfo.ConvertTime(t, ExchangeTime.Central).Date == new DateTime(2026, 11, 24));
        Assert.True(body.TryGetProperty("previousClose", out _));
    }

    [Fact]
    public async Task PriceHistory_BadCombination_Is400()
    {
        await using var host = await SimulatorHost.StartAsync();
        var (status, body, _) = await SendAsync(host, HttpMethod.Get, "/marketdata/v1/pricehistory?symbol=SPY&periodType=day&frequencyType=daily");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("frequencyType", body.GetProperty("errors")[0].GetProperty("source").GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Chains_CallsOnly_PutMapEmptyAndServedContractsRecorded()
    {
        await using var host = await SimulatorHost.StartAsync();
        var body = await host.GetJsonAsync("/marketdata/v1/chains?symbol=%24SPX&contractType=CALL&strikeCount=3&fromDate=2026-11-24&toDate=2026-11-30");
        Assert.Empty(body.GetProperty("putExpDateMap").EnumerateObject());
        var keys = body.GetProperty("callExpDateMap").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["2026-11-24:0", "2026-11-25:1", "2026-11-27:3", "2026-11-30:6"], keys);
        var served = body.GetProperty("callExpDateMap").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateObject().SelectMany(s => s.Value.EnumerateArray()))
            .Select(c => (c.GetProperty("symbol").GetString(), c.GetProperty("bid").GetDecimal(), c.GetProperty("delta").GetDouble())).ToList();
        var recorded = host.Simulator.Record.Chains.Single().Chain.Contracts.Select(c => ((string?)c.Symbol, c.Bid, c.Delta)).ToList();
        Assert.Equal(recorded, served);
        Assert.All(body.GetProperty("callExpDateMap").EnumerateObject().SelectMany(e => e.Value.EnumerateObject()), s => Assert.EndsWith(".0", s.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chains_UnknownSymbol_Is404()
    {
        await using var host = await SimulatorHost.StartAsync();
        var (status, _, _) = await SendAsync(host, HttpMethod.Get, "/marketdata/v1/chains?symbol=SPX");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Trader_BadRequests_UseServiceErrorBodies()
    {
        await using var host = await SimulatorHost.StartAsync();
        string hash = await host.FirstAccountHashAsync();
        var missing = await SendAsync(host, HttpMethod.Get, $"/trader/v1/accounts/{hash}/orders");
        var unknown = await SendAsync(host, HttpMethod.Get, "/trader/v1/accounts/ABCDEF/orders?fromEnteredTime=2026-11-24T00:00:00.000Z&toEnteredTime=2026-11-25T00:00:00.000Z");
        var place = await SendAsync(host, HttpMethod.Post, $"/trader/v1/accounts/{hash}/orders");
        var cancel = await SendAsync(host, HttpMethod.Delete, $"/trader/v1/accounts/{hash}/orders/1");
        var tx = await SendAsync(host, HttpMethod.Get, $"/trader/v1/accounts/{hash}/transactions?startDate=2026-11-24T00:00:00.000Z&endDate=2026-11-25T00:00:00.000Z");
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, place.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, cancel.Status);
        Assert.Equal(HttpStatusCode.BadRequest, tx.Status);
        foreach (var body in new[] { missing.Body, unknown.Body, place.Body, tx.Body })
        {
            Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
            Assert.Equal(JsonValueKind.String, body.GetProperty("errors")[0].ValueKind);
        }
    }

    [Fact]
    public async Task Accounts_ListWithoutFields_HasNoPositions()
    {
        await using var host = await SimulatorHost.StartAsync();
        var list = await host.GetJsonAsync("/trader/v1/accounts");
        Assert.Equal(2, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), a => Assert.False(a.GetProperty("securitiesAccount").TryGetProperty("positions", out _)));
        var numbers = await host.GetJsonAsync("/trader/v1/accounts/accountNumbers");
        Assert.All(numbers.EnumerateArray(), n => Assert.Matches("^[0-9A-F]{64}$", n.GetProperty("hashValue").GetString()));
    }

    [Fact]
    public async Task Chains_WithUnderlying_UsesRealKeyOrderAndTimeFormats()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var response = await host.Client.GetAsync(new Uri(
            "/marketdata/v1/chains?symbol=%24SPX&strikeCount=1&fromDate=2026-11-25&toDate=2026-11-25&includeUnderlyingQuote=true", UriKind.Relative));
        string raw = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(
            ["symbol", "description", "change", "percentChange", "close", "quoteTime", "tradeTime", "bid", "ask", "last", "mark", "markChange",
             "markPercentChange", "bidSize", "askSize", "highPrice", "lowPrice", "openPrice", "totalVolume", "exchangeName", "fiftyTwoWeekHigh",
             "fiftyTwoWeekLow", "delayed"],
            body.GetProperty("underlying").EnumerateObject().Select(p => p.Name));
        var contract = body.GetProperty("callExpDateMap").EnumerateObject().First().Value.EnumerateObject().First().Value[0];
        Assert.Equal("2026-11-25T21:00:00.000+00:00", contract.GetProperty("expirationDate").GetString());
        Assert.Contains("\"expirationDate\":\"2026-11-25T21:00:00.000+00:00\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"description\":\"S&P 500 INDEX\"", raw, StringComparison.Ordinal);
        Assert.Equal("SPXW  261125C0", contract.GetProperty("symbol").GetString()![..14]);
    }

    [Fact]
    public async Task Chains_TwoSimulatorsSameSeedAndInstant_ByteIdenticalBodies()
    {
        await using var a = await SimulatorHost.StartAsync();
        await using var b = await SimulatorHost.StartAsync();
        const string url = "/marketdata/v1/chains?symbol=%24SPX&strikeCount=5&fromDate=2026-11-24&toDate=2026-11-27&includeUnderlyingQuote=true";
        _ = await b.Client.GetStringAsync(new Uri("/marketdata/v1/quotes?symbols=%24SPX,%24VIX,SPY", UriKind.Relative));
        Assert.Equal(await a.Client.GetStringAsync(new Uri(url, UriKind.Relative)), await b.Client.GetStringAsync(new Uri(url, UriKind.Relative)));
    }
}
