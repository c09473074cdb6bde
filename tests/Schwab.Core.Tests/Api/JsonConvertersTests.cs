using System.Text.Json;
using Schwab.Core.Api.Json;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Tests.Api;

public sealed class JsonConvertersTests
{
    [Theory]
    [InlineData("2025-01-14T05:15:12+0000", "2025-01-14T05:15:12Z")]
    [InlineData("2024-11-20T05:00:00Z", "2024-11-20T05:00:00Z")]
    [InlineData("2024-11-20T05:00:00+00:00", "2024-11-20T05:00:00Z")]
    [InlineData("2026-10-07T09:30:00-04:00", "2026-10-07T13:30:00Z")]
    [InlineData("2026-12-07T09:30:00-0500", "2026-12-07T14:30:00Z")]
    [InlineData("2025-05-20T20:00:00.000+00:00", "2025-05-20T20:00:00Z")]
    [InlineData("2024-08-12 00:00:00.0", "2024-08-12T00:00:00Z")]
    public void SchwabTimestamps_EveryKnownForm_ParsesToTheRightUtcInstant(string text, string expectedUtc)
    {
        Assert.True(SchwabTimestamps.TryParse(text, out DateTimeOffset value));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Fact]
    public void TimestampConverter_EpochMillisecondsNumber_ParsesAsUtc()
    {
        ExecutionLegDto leg = JsonSerializer.Deserialize("""{"time":1746824397889}""", SchwabJsonContext.Default.ExecutionLegDto)!;

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1746824397889), leg.Time);
    }

    [Fact]
    public void TimestampConverter_Garbage_FailsNamingTheValue()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"time":"yesterday"}""", SchwabJsonContext.Default.ExecutionLegDto));

        Assert.Contains("yesterday", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_IntDoubleExponentAndString_AllParse()
    {
        const string json = """{"orderId":1.0E3,"quantity":2,"filledQuantity":2.0,"price":"12.35","stopPrice":1.25E-2,"enteredTime":"2024-03-28T21:10:42+0000"}""";

        OrderDto o = JsonSerializer.Deserialize(json, SchwabJsonContext.Default.OrderDto)!;

        Assert.Equal((1000L, 2m, 2m, 12.35m, 0.0125m), (o.OrderId, o.Quantity, o.FilledQuantity, o.Price, o.StopPrice));
    }

    [Theory]
    [InlineData("""{"isInCall":false}""", false)]
    [InlineData("""{"isInCall":true}""", true)]
    [InlineData("""{"isInCall":0}""", false)]
    [InlineData("""{"isInCall":1.0}""", true)]
    public void IsInCall_BooleanOrNumber_Parses(string json, bool expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize(json, SchwabJsonContext.Default.BalancesDto)!.IsInCall);

    [Fact]
    public void OptionQuote_SentinelGreeksAndTheoreticalValue_BecomeNull()
    {
        const string json = """
            {"SPXW  250520C05660000":{"assetMainType":"OPTION","symbol":"SPXW  250520C05660000",
              "quote":{"delta":-999.0,"gamma":-999,"theta":-3.45,"vega":-999.0,"rho":-999.0,"volatility":-999.0,"theoreticalOptionValue":-1.0,"bidPrice":1.5}},
             "SPXW  250520P05600000":{"quote":{"theoreticalOptionValue":-999.0,"delta":-0.2}},
             "errors":{"invalidSymbols":["SPX","XYZ"]}}
            """;

        QuoteSet set = MarketDataMapper.ToQuoteSet(JsonSerializer.Deserialize(json, SchwabJsonContext.Default.QuoteResponseDto)!);

        Quote call = set.Quotes["SPXW  250520C05660000"];
        Assert.True(call.Delta is null && call.Gamma is null && call.Vega is null && call.Rho is null && call.Volatility is null && call.TheoreticalValue is null);
        Assert.Equal((-3.45m, 1.5m), (call.Theta, call.Bid));
        Assert.Null(set.Quotes["SPXW  250520P05600000"].TheoreticalValue);
        Assert.Equal(-0.2m, set.Quotes["SPXW  250520P05600000"].Delta);
        Assert.Equal(["SPX", "XYZ"], set.InvalidSymbols);
        Assert.Equal(2, set.Quotes.Count);
    }

    [Fact]
    public void MarketHours_OpenAndClosedShapes_MapToSessionsInUtc()
    {
        const string json = """
            {"option":{"EQO":{"date":"2026-10-07","marketType":"OPTION","product":"EQO","productName":"equity option","isOpen":true,
                "sessionHours":{"regularMarket":[{"start":"2026-10-07T09:30:00-04:00","end":"2026-10-07T16:00:00-04:00"}]}}},
             "equity":{"EQ":{"date":"2026-10-07","marketType":"EQUITY","product":"EQ","productName":"equity","isOpen":true,"category":"NULL",
                "sessionHours":{"preMarket":[{"start":"2026-10-07T07:00:00-04:00","end":"2026-10-07T09:30:00-04:00"}],
                  "regularMarket":[{"start":"2026-10-07T09:30:00-04:00","end":"2026-10-07T16:00:00-04:00"}],
                  "postMarket":[{"start":"2026-10-07T16:00:00-04:00","end":"2026-10-07T20:00:00-04:00"}]}},
              "equity":{"date":"2026-10-03","marketType":"EQUITY","product":"equity","isOpen":false}}}
            """;

        IReadOnlyList<MarketHours> hours = MarketDataMapper.ToMarketHours(
            JsonSerializer.Deserialize(json, SchwabJsonContext.Default.DictionaryStringDictionaryStringMarketHoursProductDto)!, null);

        MarketHours eq = hours.Single(h => h.Product == "EQ");
        Assert.Equal(("equity", new DateOnly(2026, 10, 7), true, 3), (eq.Market, eq.Date, eq.IsOpen, eq.Sessions.Count));
        MarketSession regular = eq.Sessions.Single(s => s.Kind == MarketSessionKind.Regular);
        Assert.Equal(new DateTimeOffset(2026, 10, 7, 13, 30, 0, TimeSpan.Zero), regular.Start);
        Assert.Equal(new DateTimeOffset(2026, 10, 8, 0, 0, 0, TimeSpan.Zero), eq.Sessions.Single(s => s.Kind == MarketSessionKind.PostMarket).End);
        MarketHours closed = hours.Single(h => h.Product == "equity");
        Assert.Equal((false, new DateOnly(2026, 10, 3), 0, (string?)null), (closed.IsOpen, closed.Date, closed.Sessions.Count, closed.ProductName));
        Assert.Equal("option", hours.Single(h => h.Product == "EQO").Market);
    }
}
