using System.Text.Json;
using Schwab.Simulator.Account;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>One position; long-only fields are omitted on shorts and vice versa, as in real responses.</summary>
internal static class PositionJson
{
    public static void Write(Utf8JsonWriter w, SimulatedPosition p)
    {
        bool isShort = p.ShortQuantity > 0;
        decimal cost = p.AveragePrice * p.Multiplier * (p.LongQuantity + p.ShortQuantity);
        decimal openPl = isShort ? cost + p.MarketValue : p.MarketValue - cost;
        w.WriteStartObject();
        w.Number("shortQuantity", p.ShortQuantity);
        w.Number("averagePrice", Math.Round(p.AveragePrice, 4));
        w.Number("currentDayProfitLoss", Math.Round(openPl, 2));
        w.Number("currentDayProfitLossPercentage", cost == 0 ? 0 : Math.Round(openPl / cost * 100, 2));
        w.Number("longQuantity", p.LongQuantity);
        w.Number("settledLongQuantity", p.LongQuantity);
        w.Number("settledShortQuantity", -p.ShortQuantity);
        w.WriteStartObject("instrument");
        if (p.IsOption && OptionSymbol.TryParse(p.Symbol, out string root, out var expiration, out bool call, out decimal strike))
        {
            w.WriteString("assetType", "OPTION");
            w.WriteString("cusip", "0" + root + "." + p.Symbol[6..12] + p.Symbol[13..]);
            w.WriteString("symbol", p.Symbol);
            w.WriteString("description", $"S&P 500 INDEX {expiration:MM/dd/yyyy} ${strike:0.##} {(call ? "Call" : "Put")}");
            w.Number("netChange", 0.0);
            w.WriteString("type", "VANILLA");
            w.WriteString("putCall", call ? "CALL" : "PUT");
            w.WriteString("underlyingSymbol", "$SPX");
        }
        else
        {
            w.WriteString("assetType", "EQUITY");
            w.WriteString("cusip", InstrumentInfo.Find(p.Symbol)?.Cusip ?? "");
            w.WriteString("symbol", p.Symbol);
            w.Number("netChange", 0.0);
        }

        w.WriteEndObject();
        w.Number("marketValue", Math.Round(p.MarketValue, 2));
        w.Number("maintenanceRequirement", isShort ? p.ShortQuantity * 1000 : Math.Round(p.MarketValue * 0.25m, 2));
        if (isShort)
        {
            w.Number("averageShortPrice", Math.Round(p.AveragePrice, 2));
            w.Number("taxLotAverageShortPrice", Math.Round(p.AveragePrice, 4));
            w.Number("shortOpenProfitLoss", Math.Round(openPl, 2));
            w.Number("previousSessionShortQuantity", 0.0);
        }
        else
        {
            w.Number("averageLongPrice", Math.Round(p.AveragePrice, 2));
            w.Number("taxLotAverageLongPrice", Math.Round(p.AveragePrice, 4));
            w.Number("longOpenProfitLoss", Math.Round(openPl, 2));
            w.Number("previousSessionLongQuantity", p.IsOption ? 0 : p.LongQuantity);
        }

        w.Number("currentDayCost", 0.0);
        w.WriteEndObject();
    }
}
