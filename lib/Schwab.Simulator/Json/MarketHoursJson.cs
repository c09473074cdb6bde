using System.Globalization;
using System.Text.Json;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>The <c>/markets</c> body: open-day and closed-day shapes differ (schwab-api.md §2.10).</summary>
internal static class MarketHoursJson
{
    public static byte[] Write(IEnumerable<string> markets, TradingDay day) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        foreach (string market in markets)
        {
            w.WriteStartObject(market);
            if (market == "equity")
            {
                Product(w, day, "EQUITY", "EQ", "equity", "equity", day.RegularEnd, true);
            }
            else if (day.IsOpen)
            {
                Product(w, day, "OPTION", "EQO", "equity option", "option", day.RegularEnd, false);
                Product(w, day, "OPTION", "IND", "index option", "option", day.IndexOptionsEnd, false);
            }
            else
            {
                Product(w, day, "OPTION", "option", "option", "option", null, false);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    private static void Product(Utf8JsonWriter w, TradingDay day, string type, string product, string productName, string closedKey,
        DateTimeOffset? regularEnd, bool extended)
    {
        string date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        w.WriteStartObject(day.IsOpen ? product : closedKey);
        w.WriteString("date", date);
        w.WriteString("marketType", type);
        w.WriteString("product", day.IsOpen ? product : closedKey);
        if (!day.IsOpen)
        {
            w.WriteBoolean("isOpen", false);
            w.WriteEndObject();
            return;
        }

        w.WriteString("productName", productName);
        w.WriteBoolean("isOpen", true);
        w.WriteStartObject("sessionHours");
        if (extended)
        {
            Session(w, "preMarket", day.PreMarketStart!.Value, day.RegularStart!.Value);
        }

        Session(w, "regularMarket", day.RegularStart!.Value, regularEnd!.Value);
        if (extended)
        {
            Session(w, "postMarket", day.RegularEnd!.Value, day.PostMarketEnd!.Value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Session(Utf8JsonWriter w, string name, DateTimeOffset start, DateTimeOffset end)
    {
        w.WriteStartArray(name);
        w.WriteStartObject();
        w.WriteString("start", ExchangeTime.FormatNewYork(start));
        w.WriteString("end", ExchangeTime.FormatNewYork(end));
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
