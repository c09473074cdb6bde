using System.Text.Json;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>One chain contract in the order real responses use (bid/ask/last/mark, not the OpenAPI names).</summary>
internal static class ChainContractJson
{
    public static void Write(Utf8JsonWriter w, OptionQuote c)
    {
        w.WriteStartObject();
        w.WriteString("putCall", c.IsCall ? "CALL" : "PUT");
        w.WriteString("symbol", c.Symbol);
        w.WriteString("description", c.Description);
        w.WriteString("exchangeName", "OPR");
        w.Number("bid", c.Bid);
        w.Number("ask", c.Ask);
        w.Number("last", c.Last);
        w.Number("mark", c.Mark);
        w.WriteNumber("bidSize", c.BidSize);
        w.WriteNumber("askSize", c.AskSize);
        w.WriteString("bidAskSize", $"{c.BidSize}X{c.AskSize}");
        w.WriteNumber("lastSize", c.LastSize);
        w.Number("highPrice", c.High);
        w.Number("lowPrice", c.Low);
        w.Number("openPrice", c.Open);
        w.Number("closePrice", c.Close);
        w.WriteNumber("totalVolume", c.TotalVolume);
        w.WriteNumber("tradeTimeInLong", JsonOut.Ms(c.TradeTime));
        w.WriteNumber("quoteTimeInLong", JsonOut.Ms(c.QuoteTime));
        w.Number("netChange", c.NetChange);
        w.Number("volatility", c.Volatility);
        w.Number("delta", c.Delta);
        w.Number("gamma", c.Gamma);
        w.Number("theta", c.Theta);
        w.Number("vega", c.Vega);
        w.Number("rho", c.Rho);
        w.WriteNumber("openInterest", c.OpenInterest);
        w.Number("timeValue", c.TimeValue);
        w.Number("theoreticalOptionValue", c.TheoreticalValue);
        w.Number("theoreticalVolatility", 29.0);
        w.WriteStartArray("optionDeliverablesList");
        w.WriteStartObject();
        w.WriteString("symbol", "$SPX");
        w.WriteString("assetType", "STOCK");
        w.Number("deliverableUnits", 100.0);
        w.WriteNull("currencyType");
        w.WriteEndObject();
        w.WriteEndArray();
        w.Number("strikePrice", c.Strike);
        w.WriteString("expirationDate", ExpirationDate(c.Expiration.Date));
        w.WriteNumber("daysToExpiration", c.DaysToExpiration);
        w.WriteString("expirationType", c.Expiration.ExpirationType);
        w.WriteNumber("lastTradingDay", LastTradingDay(c.Expiration.Date));
        w.Number("multiplier", 100.0);
        w.WriteString("settlementType", c.Expiration.SettlementType);
        w.WriteString("deliverableNote", "100 $SPX(Cash)");
        w.Number("percentChange", c.PercentChange);
        w.Number("markChange", c.MarkChange);
        w.Number("markPercentChange", c.MarkPercentChange);
        w.Number("intrinsicValue", c.IntrinsicValue);
        w.Number("extrinsicValue", c.ExtrinsicValue);
        w.WriteString("optionRoot", c.Root);
        w.WriteString("exerciseType", "E");
        w.Number("high52Week", Math.Max(c.High, c.Close) * 1.8m);
        w.Number("low52Week", Math.Min(c.Low, c.Close) * 0.4m);
        w.Number("breakEven", c.BreakEven);
        w.WriteNumber("ssid", c.Ssid);
        w.WriteBoolean("nonStandard", false);
        w.WriteBoolean("pennyPilot", false);
        w.WriteBoolean("inTheMoney", c.InTheMoney);
        w.WriteBoolean("mini", false);
        w.WriteEndObject();
    }

    /// <summary>16:00 ET on the expiration date in UTC with Schwab's <c>.000+00:00</c> suffix.</summary>
    public static string ExpirationDate(DateOnly date) =>
        ExchangeTime.At(date, new TimeOnly(16, 0)).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + ".000+00:00";

    /// <summary>Epoch ms of 20:00 ET on the expiration date (fixture: 1747785600000 for 2025-05-20).</summary>
    public static long LastTradingDay(DateOnly date) => JsonOut.Ms(ExchangeTime.At(date, new TimeOnly(20, 0)));
}
