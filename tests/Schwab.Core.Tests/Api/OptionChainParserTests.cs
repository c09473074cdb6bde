using System.Text;
using Schwab.Core.Api;
using Schwab.Core.Domain;

namespace Schwab.Core.Tests.Api;

public sealed class OptionChainParserTests
{
    private static Task<OptionChain> ParseAsync(byte[] body, int chunk = int.MaxValue) =>
        OptionChainParser.ParseToListAsync(new ChunkedStream(body, chunk), "$SPX", CancellationToken.None);

    private static Task<OptionChain> ParseAsync(string body) => ParseAsync(Encoding.UTF8.GetBytes(body));

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(4096)]
    [InlineData(7)]
    public async Task ParseAsync_SpxFixture_YieldsEveryContractWithTopLevelFields(int chunk)
    {
        OptionChain chain = await ParseAsync(Fixture.Bytes("chains_spx.json"), chunk);

        Assert.Equal(43, chain.Contracts.Count(c => c.PutCall == PutCall.Call));
        Assert.Equal(119, chain.Contracts.Count(c => c.PutCall == PutCall.Put));
        Assert.Equal("$SPX", chain.Summary.Symbol);
        Assert.Equal("SUCCESS", chain.Summary.Status);
        Assert.Equal(5659.91m, chain.Summary.UnderlyingPrice);
        Assert.False(chain.Summary.IsChainTruncated);
        Assert.Equal(162, chain.Summary.NumberOfContracts);
        Assert.Equal(162, chain.Summary.ContractCount);
        Assert.Null(chain.Summary.Underlying);
    }

    [Fact]
    public async Task ParseAsync_SpxFixture_MapsTheFirstCallExactly()
    {
        OptionChain chain = await ParseAsync(Fixture.Bytes("chains_spx.json"), 13);

        OptionContract c = chain.Contracts.Single(x => x.Symbol == "SPXW  250520C05660000");
        Assert.Equal(("$SPX", PutCall.Call, new DateOnly(2025, 5, 20), 9, 5660m), (c.Underlying, c.PutCall, c.Expiration, c.DaysToExpiration, c.Strike));
        Assert.Equal((76m, 77.4m, 78.9m, 76.7m), (c.Bid, c.Ask, c.Last, c.Mark));
        Assert.Equal((7L, 7L, 1L, 35L, 0L), (c.BidSize, c.AskSize, c.LastSize, c.Volume, c.OpenInterest));
        Assert.Equal((18.658m, 0.509m, 0.002m, -3.454m, 3.928m, 0.852m), (c.Volatility, c.Delta, c.Gamma, c.Theta, c.Vega, c.Rho));
        Assert.Equal(74.107m, c.TheoreticalValue);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1746824397889), c.QuoteTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1746813774762), c.TradeTime);
        Assert.Equal(5659.91m, c.UnderlyingPrice);
        Assert.Equal(("P", "W", "SPXW"), (c.SettlementType, c.ExpirationType, c.OptionRoot));
    }

    [Fact]
    public async Task ParseAsync_SpxFixture_MapsTheDayAndValueColumnsOfSpxChain()
    {
        OptionChain chain = await ParseAsync(Fixture.Bytes("chains_spx.json"), 13);

        OptionContract c = chain.Contracts.Single(x => x.Symbol == "SPXW  250520C05660000");
        Assert.Equal((90m, 67.9m, 0m, 74.37m, 4.53m), (c.HighPrice, c.LowPrice, c.OpenPrice, c.ClosePrice, c.NetChange));
        Assert.Equal((29m, 78.9m, -0.09m, 78.99m, 100m), (c.TheoreticalVolatility, c.TimeValue, c.IntrinsicValue, c.ExtrinsicValue, c.Multiplier));
        Assert.Equal((false, "E"), (c.InTheMoney, c.ExerciseType));

        // 1747785600000 is 2025-05-21T00:00Z: the last trading day is the New York date, 2025-05-20.
        Assert.Equal(new DateOnly(2025, 5, 20), c.LastTradingDay);
    }

    [Fact]
    public async Task ParseAsync_SpxFixture_MapsAPutAndTheUntradedContract()
    {
        OptionChain chain = await ParseAsync(Fixture.Bytes("chains_spx.json"));

        OptionContract put = chain.Contracts.Single(x => x.Symbol == "SPXW  250520P05500000");
        Assert.Equal((PutCall.Put, 5500m, 23.2m, 24m, -0.208m, -0.365m), (put.PutCall, put.Strike, put.Bid, put.Ask, put.Delta, put.Rho));
        Assert.Single(chain.Contracts, x => x.PutCall == PutCall.Put && x.TradeTime is null);
    }

    [Fact]
    public async Task ParseAsync_SentinelsAndExponentNumbers_BecomeNullAndDecimals()
    {
        const string body = """
            {"symbol":"$SPX","status":"SUCCESS","underlyingPrice":5.65991E3,"callExpDateMap":{"2025-05-20:0":{"5660.0":[
              {"putCall":"CALL","symbol":"SPXW  250520C05660000","bid":7.6E1,"gamma":5.7458E-4,"delta":-999.0,"theta":-999,
               "vega":-999.0,"rho":-999.0,"volatility":-999.0,"theoreticalOptionValue":-1.0,"quoteTimeInLong":0,"strikePrice":5660}]}},
             "putExpDateMap":{"2025-05-20:0":{"5655.0":[{"putCall":"PUT","symbol":"SPXW  250520P05655000","theoreticalOptionValue":-999.0}]}}}
            """;

        OptionChain chain = await ParseAsync(body);

        OptionContract call = chain.Contracts[0];
        Assert.Equal(5659.91m, chain.Summary.UnderlyingPrice);
        Assert.Equal(76m, call.Bid);
        Assert.Equal(0.00057458m, call.Gamma);
        Assert.True(call.Delta is null && call.Theta is null && call.Vega is null && call.Rho is null && call.Volatility is null);
        Assert.Null(call.TheoreticalValue);
        Assert.Null(call.QuoteTime);
        Assert.Null(chain.Contracts[1].TheoreticalValue);
        Assert.Equal(5655m, chain.Contracts[1].Strike);
    }

    [Fact]
    public async Task ParseAsync_UnknownFieldsObjectsAndArrays_AreSkipped()
    {
        const string body = """
            {"future":{"a":[1,{"b":[2,3]}]},"symbol":"$SPX","extra":[{"x":1}],"callExpDateMap":{"2025-05-20:9":{"5660.0":[
              {"newThing":{"deep":{"deeper":[1,2,3]}},"putCall":"CALL","symbol":"S1","bid":1.5,"list":[[],[{}]],"ask":2}]},
              "weird":"scalar"},"putExpDateMap":{},"trailer":null}
            """;

        OptionChain chain = await ParseAsync(Encoding.UTF8.GetBytes(body), 3);

        OptionContract c = Assert.Single(chain.Contracts);
        Assert.Equal(("S1", 1.5m, 2m), (c.Symbol, c.Bid, c.Ask));
    }

    [Theory]
    [InlineData("""{"symbol":"$SPX","underlying":null,"callExpDateMap":{},"putExpDateMap":{}}""")]
    [InlineData("""{"symbol":"$SPX","status":"SUCCESS","numberOfContracts":0,"underlyingPrice":0,"callExpDateMap":{},"putExpDateMap":{}}""")]
    [InlineData("""{"symbol":"$SPX"}""")]
    public async Task ParseAsync_NullUnderlyingOrEmptyMaps_YieldsNoContracts(string body)
    {
        OptionChain chain = await ParseAsync(body);

        Assert.Empty(chain.Contracts);
        Assert.Null(chain.Summary.Underlying);
        Assert.Equal("$SPX", chain.Summary.Symbol);
    }

    [Fact]
    public async Task ParseAsync_UnderlyingBlock_MapsToQuote()
    {
        const string body = """
            {"symbol":"$SPX","status":"SUCCESS","underlying":{"symbol":"$SPX","description":"S&P 500 INDEX","change":-17.16,"close":7818.93,
              "quoteTime":1791406518127,"bid":7770.73,"ask":7837.14,"last":7801.77,"mark":7801.77,"totalVolume":2654294150,"delayed":false},
             "underlyingPrice":7801.77,"callExpDateMap":{},"putExpDateMap":{}}
            """;

        OptionChain chain = await ParseAsync(Encoding.UTF8.GetBytes(body), 5);

        Quote u = Assert.IsType<Quote>(chain.Summary.Underlying);
        Assert.Equal(("$SPX", 7770.73m, 7837.14m, 7801.77m, -17.16m, 2654294150L), (u.Symbol, u.Bid, u.Ask, u.Last, u.NetChange, u.TotalVolume));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1791406518127), u.QuoteTime);
        Assert.True(u.Realtime);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    [InlineData(0.0)]
    public async Task ParseAsync_TruncatedBody_ThrowsSchwabApiExceptionNamingTheEndpoint(double fraction)
    {
        byte[] body = Fixture.Bytes("chains_spx.json");
        byte[] truncated = body[..(int)(body.Length * fraction)];

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => ParseAsync(truncated, 1000));

        Assert.Contains("/marketdata/v1/chains", ex.Message, StringComparison.Ordinal);
        Assert.Equal("/marketdata/v1/chains", ex.Endpoint);
        Assert.True(ex.IsMalformedBody);
    }

    [Fact]
    public async Task ParseAsync_MalformedBody_ThrowsSchwabApiExceptionNamingTheEndpoint()
    {
        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => ParseAsync("""{"symbol":"$SPX","callExpDateMap":{"2025-05-20:9":{"5660.0":[{"bid":1,,}]}}}"""));

        Assert.Contains("/marketdata/v1/chains", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_GatewayFaultBody_ThrowsBodyBufferOverflow()
    {
        var ex = await Assert.ThrowsAsync<SchwabApiException>(() =>
            ParseAsync("""{"fault":{"faultstring":"Body buffer overflow","detail":{"errorcode":"protocol.http.TooBigBody"}}}"""));

        Assert.True(ex.IsBodyBufferOverflow);
        Assert.Equal("protocol.http.TooBigBody", ex.ErrorCode);
    }
}
