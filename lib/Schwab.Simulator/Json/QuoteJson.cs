using System.Text.Json;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>Index and equity entries of a <c>/quotes</c> body (fixtures quote_equity_nvda.json, quote_index_spx.json).</summary>
internal static class QuoteJson
{
    public static void WriteUnderlying(Utf8JsonWriter w, InstrumentInfo info, UnderlyingQuote q, ISet<string> fields)
    {
        w.WriteStartObject(info.Symbol);
        w.WriteString("assetMainType", info.IsIndex ? "INDEX" : "EQUITY");
        if (!info.IsIndex)
        {
            w.WriteString("assetSubType", info.AssetSubType);
            w.WriteString("quoteType", "NBBO");
        }

        w.WriteBoolean("realtime", true);
        w.WriteNumber("ssid", info.Ssid);
        w.WriteString("symbol", info.Symbol);
        if (!info.IsIndex && fields.Contains("extended"))
        {
            w.WriteStartObject("extended");
            w.Number("askPrice", q.Ask);
            w.WriteNumber("askSize", q.AskSize * 100);
            w.Number("bidPrice", q.Bid);
            w.WriteNumber("bidSize", q.BidSize * 100);
            w.Number("lastPrice", q.Last);
            w.WriteNumber("lastSize", q.LastSize);
            w.Number("mark", q.Mark);
            w.WriteNumber("quoteTime", JsonOut.Ms(q.QuoteTime));
            w.WriteNumber("totalVolume", 0);
            w.WriteNumber("tradeTime", JsonOut.Ms(q.TradeTime));
            w.WriteEndObject();
        }

        if (fields.Contains("fundamental"))
        {
            WriteFundamental(w, info);
        }

        if (fields.Contains("quote"))
        {
            WriteQuote(w, info, q);
        }

        if (fields.Contains("reference"))
        {
            w.WriteStartObject("reference");
            if (!info.IsIndex)
            {
                w.WriteString("cusip", info.Cusip);
            }

            w.WriteString("description", info.Description);
            w.WriteString("exchange", info.Exchange);
            w.WriteString("exchangeName", info.ExchangeName);
            if (!info.IsIndex)
            {
                w.WriteBoolean("isHardToBorrow", false);
                w.WriteBoolean("isShortable", true);
                w.Number("htbRate", 0.0);
            }

            w.WriteEndObject();
        }

        if (!info.IsIndex && fields.Contains("regular"))
        {
            w.WriteStartObject("regular");
            w.Number("regularMarketLastPrice", q.Last);
            w.WriteNumber("regularMarketLastSize", q.LastSize);
            w.Number("regularMarketNetChange", q.NetChange);
            w.Number("regularMarketPercentChange", q.NetPercentChange);
            w.WriteNumber("regularMarketTradeTime", JsonOut.Ms(q.TradeTime));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, InstrumentInfo info, UnderlyingQuote q)
    {
        w.WriteStartObject("quote");
        w.Number("52WeekHigh", q.High52Week);
        w.Number("52WeekLow", q.Low52Week);
        if (!info.IsIndex)
        {
            w.WriteString("askMICId", "ARCX");
            w.Number("askPrice", q.Ask);
            w.WriteNumber("askSize", q.AskSize);
            w.WriteNumber("askTime", JsonOut.Ms(q.QuoteTime));
            w.WriteString("bidMICId", "XNAS");
            w.Number("bidPrice", q.Bid);
            w.WriteNumber("bidSize", q.BidSize);
            w.WriteNumber("bidTime", JsonOut.Ms(q.QuoteTime));
        }

        w.Number("closePrice", q.Close);
        w.Number("highPrice", q.High);
        if (!info.IsIndex)
        {
            w.WriteString("lastMICId", "XADF");
        }

        w.Number("lastPrice", q.Last);
        if (!info.IsIndex)
        {
            w.WriteNumber("lastSize", q.LastSize);
        }

        w.Number("lowPrice", q.Low);
        if (!info.IsIndex)
        {
            w.Number("mark", q.Mark);
            w.Number("markChange", q.Mark - q.Close);
            w.Number("markPercentChange", q.NetPercentChange);
        }

        w.Number("netChange", q.NetChange);
        w.Number("netPercentChange", q.NetPercentChange);
        w.Number("openPrice", q.Open);
        if (!info.IsIndex)
        {
            w.Number("postMarketChange", 0.0);
            w.Number("postMarketPercentChange", 0.0);
            w.WriteNumber("quoteTime", JsonOut.Ms(q.QuoteTime));
        }

        w.WriteString("securityStatus", q.SecurityStatus);
        w.WriteNumber("totalVolume", q.TotalVolume);
        w.WriteNumber("tradeTime", JsonOut.Ms(q.TradeTime));
        w.WriteEndObject();
    }

    private static void WriteFundamental(Utf8JsonWriter w, InstrumentInfo info)
    {
        w.WriteStartObject("fundamental");
        w.Number("avg10DaysVolume", (double)info.DailyVolume);
        w.Number("avg1YearVolume", (double)info.DailyVolume);
        if (!info.IsIndex)
        {
            w.WriteString("declarationDate", "2025-11-20T05:00:00Z");
        }

        w.Number("divAmount", info.IsIndex ? 0.0 : 0.04);
        if (!info.IsIndex)
        {
            w.WriteString("divExDate", "2025-12-05T05:00:00Z");
        }

        w.WriteNumber("divFreq", info.IsIndex ? 0 : 4);
        w.Number("divPayAmount", info.IsIndex ? 0.0 : 0.01);
        if (!info.IsIndex)
        {
            w.WriteString("divPayDate", "2025-12-27T05:00:00Z");
        }

        w.Number("divYield", info.IsIndex ? 0.0 : 0.03101);
        w.Number("eps", info.IsIndex ? 0.0 : 1.193);
        w.Number("fundLeverageFactor", 0.0);
        if (!info.IsIndex)
        {
            w.WriteString("lastEarningsDate", "2025-11-20T05:00:00Z");
            w.WriteString("nextDivExDate", "2026-03-05T05:00:00Z");
            w.WriteString("nextDivPayDate", "2026-03-27T04:00:00Z");
        }

        w.Number("peRatio", info.IsIndex ? 0.0 : 48.84656);
        w.WriteEndObject();
    }
}
