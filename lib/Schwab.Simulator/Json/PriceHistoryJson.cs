using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>The <c>/pricehistory</c> body (schwab-api.md §2.9).</summary>
internal static class PriceHistoryJson
{
    public static byte[] Write(string symbol, IReadOnlyList<Candle> candles, (decimal Close, DateTimeOffset Date)? previousClose) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("symbol", symbol);
        w.WriteBoolean("empty", candles.Count == 0);
        if (previousClose is { } pc)
        {
            w.Number("previousClose", pc.Close);
            w.WriteNumber("previousCloseDate", JsonOut.Ms(pc.Date));
        }

        w.WriteStartArray("candles");
        foreach (var c in candles)
        {
            w.WriteStartObject();
            w.Number("open", c.Open);
            w.Number("high", c.High);
            w.Number("low", c.Low);
            w.Number("close", c.Close);
            w.WriteNumber("volume", c.Volume);
            w.WriteNumber("datetime", JsonOut.Ms(c.Time));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
