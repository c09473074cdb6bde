using System.Globalization;
using System.Text.Json;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>The <c>/chains</c> body with the real property names and order (schwab-api.md §2.8, fixtures/chains_spx.json).</summary>
internal static class ChainJson
{
    public static byte[] Write(ChainSnapshot chain) => JsonOut.Write(w =>
    {
        var u = chain.Underlying;
        w.WriteStartObject();
        w.WriteString("symbol", chain.Request.Symbol);
        w.WriteString("status", "SUCCESS");
        if (chain.Request.IncludeUnderlyingQuote)
        {
            w.WriteStartObject("underlying");
            WriteUnderlying(w, u);
            w.WriteEndObject();
        }

        w.WriteString("strategy", "SINGLE");
        w.Number("interval", 0.0);
        w.WriteBoolean("isDelayed", false);
        w.WriteBoolean("isIndex", true);
        w.Number("interestRate", PricingContext.Rate * 100);
        w.Number("underlyingPrice", u.Last);
        w.Number("volatility", 29.0);
        w.Number("daysToExpiration", (double)(chain.Contracts.Count > 0 ? chain.Contracts[0].DaysToExpiration : 0));
        w.Number("dividendYield", 0.0);
        w.WriteNumber("numberOfContracts", chain.Contracts.Count);
        w.WriteString("assetMainType", "INDEX");
        w.WriteString("assetSubType", "");
        w.WriteBoolean("isChainTruncated", false);
        w.WriteBoolean("ethOptionEligible", false);
        w.WriteBoolean("hasBinaryOptions", false);
        WriteMap(w, "callExpDateMap", chain.Contracts.Where(c => c.IsCall));
        WriteMap(w, "putExpDateMap", chain.Contracts.Where(c => !c.IsCall));
        w.WriteEndObject();
    });

    private static void WriteUnderlying(Utf8JsonWriter w, UnderlyingQuote u)
    {
        w.WriteString("symbol", u.Symbol);
        w.WriteString("description", "S&P 500 INDEX");
        w.Number("change", u.NetChange);
        w.Number("percentChange", Math.Round(u.NetPercentChange, 2));
        w.Number("close", u.Close);
        w.WriteNumber("quoteTime", JsonOut.Ms(u.QuoteTime));
        w.WriteNumber("tradeTime", JsonOut.Ms(u.TradeTime));
        w.Number("bid", u.Bid);
        w.Number("ask", u.Ask);
        w.Number("last", u.Last);
        w.Number("mark", u.Mark);
        w.Number("markChange", u.Mark - u.Close);
        w.Number("markPercentChange", Math.Round(u.NetPercentChange, 2));
        w.WriteNumber("bidSize", u.BidSize);
        w.WriteNumber("askSize", u.AskSize);
        w.Number("highPrice", u.High);
        w.Number("lowPrice", u.Low);
        w.Number("openPrice", u.Open);
        w.WriteNumber("totalVolume", u.TotalVolume);
        w.WriteString("exchangeName", "Index");
        w.Number("fiftyTwoWeekHigh", u.High52Week);
        w.Number("fiftyTwoWeekLow", u.Low52Week);
        w.WriteBoolean("delayed", false);
    }

    private static void WriteMap(Utf8JsonWriter w, string name, IEnumerable<OptionQuote> contracts)
    {
        w.WriteStartObject(name);
        foreach (var byDate in contracts.GroupBy(c => (c.Expiration.Date, c.DaysToExpiration)).OrderBy(g => g.Key.Date))
        {
            w.WriteStartObject(string.Create(CultureInfo.InvariantCulture, $"{byDate.Key.Date:yyyy-MM-dd}:{byDate.Key.DaysToExpiration}"));
            foreach (var byStrike in byDate.GroupBy(c => c.Strike).OrderBy(g => g.Key))
            {
                w.WriteStartArray(JsonOut.Format(byStrike.Key));
                foreach (var contract in byStrike)
                {
                    ChainContractJson.Write(w, contract);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
