using Schwab.Simulator.Market;

namespace Schwab.Simulator.Streaming;

/// <summary>Numbered level-one fields (schwab-api.md §4.6) computed from the simulator's quotes; index = field number.</summary>
internal static class LevelOneFields
{
    public const int EquityCount = 52;
    public const int OptionCount = 56;

    public static object[] Equity(InstrumentInfo info, UnderlyingQuote q)
    {
        long quoteMs = q.QuoteTime.ToUnixTimeMilliseconds(), tradeMs = q.TradeTime.ToUnixTimeMilliseconds();
        bool regular = q.SecurityStatus == "Normal";
        return
        [
            info.Symbol, q.Bid, q.Ask, q.Last, (long)q.BidSize, (long)q.AskSize, info.IsIndex ? "0" : "Q", info.IsIndex ? "0" : "Q",
            q.TotalVolume, (long)q.LastSize, q.High, q.Low, q.Close, info.Exchange, !info.IsIndex, info.Description,
            info.IsIndex ? "0" : "Q", q.Open, q.NetChange, q.High52Week, q.Low52Week, 0.0, 0.0, 0.0, 0.0, info.ExchangeName, "",
            regular, regular, q.Last, (long)q.LastSize, q.NetChange, q.SecurityStatus, q.Mark, quoteMs, tradeMs, tradeMs, quoteMs, quoteMs,
            info.IsIndex ? "" : "ARCX", info.IsIndex ? "" : "XNAS", info.IsIndex ? "" : "XADF", q.NetPercentChange, q.NetPercentChange,
            q.Mark - q.Close, q.NetPercentChange, -1L, 0.0, -1L, -1L, 0.0, 0.0,
        ];
    }

    public static object[] Option(OptionQuote c)
    {
        var e = c.Expiration;
        long quoteMs = c.QuoteTime.ToUnixTimeMilliseconds();
        return
        [
            c.Symbol, c.Description, c.Bid, c.Ask, c.Last, c.High, c.Low, c.Close, c.TotalVolume, c.OpenInterest, c.Volatility,
            c.IntrinsicValue, (long)e.Date.Year, 100.0, 2L, c.Open, (long)c.BidSize, (long)c.AskSize, (long)c.LastSize, c.NetChange,
            c.Strike, c.IsCall ? "C" : "P", "$SPX", (long)e.Date.Month, "100 $SPX(Cash)", c.TimeValue, (long)e.Date.Day,
            (long)c.DaysToExpiration, c.Delta, c.Gamma, c.Theta, c.Vega, c.Rho, "Normal", c.TheoreticalValue, c.UnderlyingPrice,
            e.ExpirationType, c.Mark, quoteMs, c.TradeTime.ToUnixTimeMilliseconds(), "O", "OPR",
            Json.ChainContractJson.LastTradingDay(e.Date), e.SettlementType, c.PercentChange, c.MarkChange, c.MarkPercentChange, 0.0, false,
            c.Root, Math.Max(c.High, c.Close) * 1.8m, Math.Min(c.Low, c.Close) * 0.4m, c.Ask, c.Bid, quoteMs, "E",
        ];
    }
}
