using System.Globalization;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>Small market-data bodies: expiration chain, movers, instruments (schwab-api.md §2.8, §2.11, §2.12).</summary>
internal static class ReferenceJson
{
    public static byte[] ExpirationChain(IReadOnlyList<OptionExpiration> expirations, DateOnly today) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("expirationList");
        foreach (var e in expirations)
        {
            w.WriteStartObject();
            w.WriteString("expirationDate", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("daysToExpiration", e.Date.DayNumber - today.DayNumber);
            w.WriteString("expirationType", e.ExpirationType);
            w.WriteString("settlementType", e.SettlementType);
            w.WriteString("optionRoots", e.Root);
            w.WriteBoolean("standard", true);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNull("status");
        w.WriteEndObject();
    });

    public static byte[] Movers(IReadOnlyList<(InstrumentInfo Info, UnderlyingQuote Quote)> rows) => JsonOut.Write(w =>
    {
        long total = rows.Sum(r => r.Quote.TotalVolume);
        w.WriteStartObject();
        w.WriteStartArray("screeners");
        foreach (var (info, q) in rows)
        {
            w.WriteStartObject();
            w.WriteString("description", info.Description);
            w.WriteNumber("volume", q.TotalVolume);
            w.Number("lastPrice", q.Last);
            w.Number("netChange", q.NetChange);
            w.Number("marketShare", total == 0 ? 0 : Math.Round(100.0 * q.TotalVolume / total, 2));
            w.WriteNumber("totalVolume", total);
            w.WriteNumber("trades", q.TotalVolume / 100);
            w.Number("netPercentChange", Math.Round(q.NetPercentChange / 100, 4));
            w.WriteString("symbol", info.Symbol);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Instruments(IEnumerable<InstrumentInfo> found, bool fundamental) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("instruments");
        foreach (var info in found)
        {
            w.WriteStartObject();
            w.WriteString("cusip", info.Cusip);
            w.WriteString("symbol", info.Symbol);
            w.WriteString("description", info.Description);
            w.WriteString("exchange", info.IsIndex ? "Index" : info.ExchangeName);
            w.WriteString("assetType", info.IsIndex ? "INDEX" : "EQUITY");
            if (fundamental)
            {
                w.WriteStartObject("fundamental");
                w.WriteString("symbol", info.Symbol);
                w.Number("high52", info.BasePrice * 1.2);
                w.Number("low52", info.BasePrice * 0.8);
                w.Number("dividendAmount", 0.0);
                w.Number("dividendYield", 0.0);
                w.WriteString("dividendDate", "2025-08-12 00:00:00.0");
                w.Number("peRatio", 0.0);
                w.Number("beta", 1.0);
                w.Number("marketCap", 0.0);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
