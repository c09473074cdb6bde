namespace Schwab.Simulator.Market;

/// <summary>Static facts about a symbol the simulator quotes.</summary>
internal sealed record InstrumentInfo(
    string Symbol, bool IsIndex, string Description, double BasePrice, double AnnualVolatility,
    string Cusip, string Exchange, string ExchangeName, string AssetSubType, long Ssid, long DailyVolume)
{
    public static readonly IReadOnlyDictionary<string, InstrumentInfo> Known = new Dictionary<string, InstrumentInfo>(StringComparer.Ordinal)
    {
        ["$SPX"] = new("$SPX", true, "S&P 500 INDEX", 6000, 0.15, "648815108", "0", "Index", "", 1819771877, 2_600_000_000),
        ["$VIX"] = new("$VIX", true, "CBOE VOLATILITY INDEX", 17, 0.9, "", "0", "Index", "", 1819771878, 0),
        ["SPY"] = new("SPY", false, "SPDR S&P 500 ETF", 600, 0.15, "78462F103", "P", "NYSE Arca", "ETF", 1281357639, 70_000_000),
        ["QQQ"] = new("QQQ", false, "INVESCO QQQ TR UNIT SER 1", 520, 0.2, "46090E103", "Q", "NASDAQ", "ETF", 1281357640, 45_000_000),
        ["AAPL"] = new("AAPL", false, "APPLE INC", 230, 0.25, "037833100", "Q", "NASDAQ", "COE", 1973757747, 50_000_000),
        ["NVDA"] = new("NVDA", false, "NVIDIA CORP", 180, 0.45, "67066G104", "Q", "NASDAQ", "COE", 382397811, 200_000_000),
        ["MSFT"] = new("MSFT", false, "MICROSOFT CORP", 500, 0.25, "594918104", "Q", "NASDAQ", "COE", 1832378411, 20_000_000),
        ["TSLA"] = new("TSLA", false, "TESLA INC", 400, 0.6, "88160R101", "Q", "NASDAQ", "COE", 1775837621, 90_000_000),
    };

    public static InstrumentInfo? Find(string symbol) => Known.GetValueOrDefault(symbol);
}
