using Schwab.Simulator.Market;

namespace Schwab.Simulator.Streaming;

/// <summary>
/// Numbered level-one fields (schwab-api.md §4.6) computed from the simulator's quotes; only the subscribed fields
/// are computed, so a tick over thousands of keys boxes just what it sends.
/// </summary>
internal static class LevelOneFields
{
    public const int EquityCount = 52;
    public const int OptionCount = 56;

    public static object?[] Equity(InstrumentInfo info, UnderlyingQuote q, int[] fields)
    {
        var values = new object?[EquityCount];
        foreach (int f in fields)
        {
            values[f] = EquityField(info, q, f);
        }

        return values;
    }

    public static object?[] Option(OptionQuote c, int[] fields)
    {
        var values = new object?[OptionCount];
        foreach (int f in fields)
        {
            values[f] = OptionField(c, f);
        }

        return values;
    }

    private static object EquityField(InstrumentInfo info, UnderlyingQuote q, int f)
    {
        bool regular = q.SecurityStatus == "Normal";
        return f switch
        {
            0 => info.Symbol, 1 => q.Bid, 2 => q.Ask, 3 => q.Last, 4 => (long)q.BidSize, 5 => (long)q.AskSize,
            6 or 7 or 16 => info.IsIndex ? "0" : "Q", 8 => q.TotalVolume, 9 => (long)q.LastSize, 10 => q.High, 11 => q.Low, 12 => q.Close,
            13 => info.Exchange, 14 => !info.IsIndex, 15 => info.Description, 17 => q.Open, 18 => q.NetChange, 19 => q.High52Week,
            20 => q.Low52Week, 21 or 22 or 23 or 24 or 47 or 50 or 51 => 0.0, 25 => info.ExchangeName, 26 => "", 27 or 28 => regular,
            29 => q.Last, 30 => (long)q.LastSize, 31 => q.NetChange, 32 => q.SecurityStatus, 33 => q.Mark,
            34 or 37 or 38 => q.QuoteTime.ToUnixTimeMilliseconds(), 35 or 36 => q.TradeTime.ToUnixTimeMilliseconds(),
            39 => info.IsIndex ? "" : "ARCX", 40 => info.IsIndex ? "" : "XNAS", 41 => info.IsIndex ? "" : "XADF",
            42 or 43 or 45 => q.NetPercentChange, 44 => q.Mark - q.Close, 46 or 48 or 49 => -1L,
            _ => throw new ArgumentOutOfRangeException(nameof(f), f, "LEVELONE_EQUITIES has fields 0–51"),
        };
    }

    private static object OptionField(OptionQuote c, int f)
    {
        var e = c.Expiration;
        return f switch
        {
            0 => c.Symbol, 1 => c.Description, 2 => c.Bid, 3 => c.Ask, 4 => c.Last, 5 => c.High, 6 => c.Low, 7 => c.Close,
            8 => c.TotalVolume, 9 => c.OpenInterest, 10 => c.Volatility, 11 => c.IntrinsicValue, 12 => (long)e.Date.Year, 13 => 100.0,
            14 => 2L, 15 => c.Open, 16 => (long)c.BidSize, 17 => (long)c.AskSize, 18 => (long)c.LastSize, 19 => c.NetChange,
            20 => c.Strike, 21 => c.IsCall ? "C" : "P", 22 => "$SPX", 23 => (long)e.Date.Month, 24 => "100 $SPX(Cash)",
            25 => c.TimeValue, 26 => (long)e.Date.Day, 27 => (long)c.DaysToExpiration, 28 => c.Delta, 29 => c.Gamma, 30 => c.Theta,
            31 => c.Vega, 32 => c.Rho, 33 => "Normal", 34 => c.TheoreticalValue, 35 => c.UnderlyingPrice, 36 => e.ExpirationType,
            37 => c.Mark, 38 or 54 => c.QuoteTime.ToUnixTimeMilliseconds(), 39 => c.TradeTime.ToUnixTimeMilliseconds(), 40 => "O",
            41 => "OPR", 42 => Json.ChainContractJson.LastTradingDay(e.Date), 43 => e.SettlementType, 44 => c.PercentChange,
            45 => c.MarkChange, 46 => c.MarkPercentChange, 47 => 0.0, 48 => false, 49 => c.Root,
            50 => Math.Max(c.High, c.Close) * 1.8m, 51 => Math.Min(c.Low, c.Close) * 0.4m, 52 => c.Ask, 53 => c.Bid, 55 => "E",
            _ => throw new ArgumentOutOfRangeException(nameof(f), f, "LEVELONE_OPTIONS has fields 0–55"),
        };
    }
}
