using System.Text.Json;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>An option entry of a <c>/quotes</c> body (schwab-api.md §2.7, option quote and reference).</summary>
internal static class OptionQuoteJson
{
    public static void Write(Utf8JsonWriter w, OptionQuote c, ISet<string> fields)
    {
        w.WriteStartObject(c.Symbol);
        w.WriteString("assetMainType", "OPTION");
        w.WriteBoolean("realtime", true);
        w.WriteNumber("ssid", c.Ssid);
        w.WriteString("symbol", c.Symbol);
        if (fields.Contains("quote"))
        {
            w.WriteStartObject("quote");
            w.Number("52WeekHigh", Math.Max(c.High, c.Close) * 1.8m);
            w.Number("52WeekLow", Math.Min(c.Low, c.Close) * 0.4m);
            w.Number("askPrice", c.Ask);
            w.WriteNumber("askSize", c.AskSize);
            w.Number("bidPrice", c.Bid);
            w.WriteNumber("bidSize", c.BidSize);
            w.Number("closePrice", c.Close);
            w.Number("delta", c.Delta);
            w.Number("gamma", c.Gamma);
            w.Number("highPrice", c.High);
            w.Number("indAskPrice", c.Ask);
            w.Number("indBidPrice", c.Bid);
            w.WriteNumber("indQuoteTime", JsonOut.Ms(c.QuoteTime));
            w.Number("impliedYield", 0.0);
            w.Number("lastPrice", c.Last);
            w.WriteNumber("lastSize", c.LastSize);
            w.Number("lowPrice", c.Low);
            w.Number("mark", c.Mark);
            w.Number("markChange", c.MarkChange);
            w.Number("markPercentChange", c.MarkPercentChange);
            w.Number("moneyIntrinsicValue", c.IntrinsicValue);
            w.Number("netChange", c.NetChange);
            w.Number("netPercentChange", c.PercentChange);
            w.WriteNumber("openInterest", c.OpenInterest);
            w.Number("openPrice", c.Open);
            w.WriteNumber("quoteTime", JsonOut.Ms(c.QuoteTime));
            w.Number("rho", c.Rho);
            w.WriteString("securityStatus", "Normal");
            w.Number("theoreticalOptionValue", c.TheoreticalValue);
            w.Number("theta", c.Theta);
            w.Number("timeValue", c.TimeValue);
            w.WriteNumber("totalVolume", c.TotalVolume);
            w.WriteNumber("tradeTime", JsonOut.Ms(c.TradeTime));
            w.Number("underlyingPrice", c.UnderlyingPrice);
            w.Number("vega", c.Vega);
            w.Number("volatility", c.Volatility);
            w.WriteEndObject();
        }

        if (fields.Contains("reference"))
        {
            w.WriteStartObject("reference");
            w.WriteString("contractType", c.IsCall ? "C" : "P");
            w.WriteNumber("daysToExpiration", c.DaysToExpiration);
            w.WriteString("deliverables", "100 $SPX(Cash)");
            w.WriteString("description", c.Description);
            w.WriteString("exchange", "O");
            w.WriteString("exchangeName", "OPR");
            w.WriteString("exerciseType", "E");
            w.WriteNumber("expirationDay", c.Expiration.Date.Day);
            w.WriteNumber("expirationMonth", c.Expiration.Date.Month);
            w.WriteString("expirationType", c.Expiration.ExpirationType);
            w.WriteNumber("expirationYear", c.Expiration.Date.Year);
            w.WriteBoolean("isPennyPilot", false);
            w.WriteNumber("lastTradingDay", ChainContractJson.LastTradingDay(c.Expiration.Date));
            w.Number("multiplier", 100.0);
            w.WriteString("settlementType", c.Expiration.SettlementType);
            w.Number("strikePrice", c.Strike);
            w.WriteString("underlying", "$SPX");
            w.WriteString("underlyingAssetType", "INDEX");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
