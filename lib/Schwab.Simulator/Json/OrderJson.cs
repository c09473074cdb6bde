using System.Text.Json;
using Schwab.Simulator.Account;

namespace Schwab.Simulator.Json;

/// <summary>An order object as the orders endpoints return it (schwab-api.md §2.13).</summary>
internal static class OrderJson
{
    public static byte[] WriteOne(SimulatedOrder order) => JsonOut.Write(w => Write(w, order));

    public static void Write(Utf8JsonWriter w, SimulatedOrder o)
    {
        bool final = o.CloseTime is not null;
        w.WriteStartObject();
        w.WriteString("session", "NORMAL");
        w.WriteString("duration", "DAY");
        w.WriteString("orderType", o.OrderType);
        w.WriteString("complexOrderStrategyType", o.ComplexOrderStrategyType);
        w.Number("quantity", o.Quantity);
        w.Number("filledQuantity", o.FilledQuantity);
        w.Number("remainingQuantity", final ? 0 : o.Quantity - o.FilledQuantity);
        w.WriteString("requestedDestination", "AUTO");
        w.WriteString("destinationLinkName", "AutoRoute");
        if (o.Price is { } price)
        {
            w.Number(o.OrderType == "STOP" ? "stopPrice" : "price", price);
        }

        if (o.Legs.Count > 0)
        {
            w.WriteStartArray("orderLegCollection");
            foreach (var leg in o.Legs)
            {
                w.WriteStartObject();
                w.WriteString("orderLegType", "OPTION");
                w.WriteNumber("legId", leg.LegId);
                TransactionJson.OptionInstrument(w, leg.Symbol, false);
                w.WriteString("instruction", leg.Instruction);
                w.WriteString("positionEffect", leg.PositionEffect);
                w.Number("quantity", leg.Quantity);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteString("orderStrategyType", o.OrderStrategyType);
        w.WriteNumber("orderId", o.OrderId);
        w.WriteBoolean("cancelable", !final);
        w.WriteBoolean("editable", !final && o.OrderStrategyType == "SINGLE");
        w.WriteString("status", o.Status);
        w.WriteString("enteredTime", JsonOut.TraderTime(o.EnteredTime));
        if (o.CloseTime is { } closed)
        {
            w.WriteString("closeTime", JsonOut.TraderTime(closed));
        }

        w.WriteString("tag", "API_TOS:SIMULATOR");
        w.WriteNumber("accountNumber", long.Parse(o.AccountNumber, System.Globalization.CultureInfo.InvariantCulture));
        if (o.Executions.Count > 0)
        {
            WriteActivities(w, o);
        }

        if (o.Children.Count > 0)
        {
            w.WriteStartArray("childOrderStrategies");
            foreach (var child in o.Children)
            {
                Write(w, child);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteActivities(Utf8JsonWriter w, SimulatedOrder o)
    {
        decimal remaining = o.Quantity;
        w.WriteStartArray("orderActivityCollection");
        foreach (var fill in o.Executions)
        {
            remaining -= fill.Quantity;
            w.WriteStartObject();
            w.WriteString("activityType", "EXECUTION");
            w.WriteNumber("activityId", fill.ActivityId);
            w.WriteString("executionType", "FILL");
            w.Number("quantity", fill.Quantity);
            w.Number("orderRemainingQuantity", remaining);
            w.WriteStartArray("executionLegs");
            foreach (var leg in o.Legs)
            {
                w.WriteStartObject();
                w.WriteNumber("legId", leg.LegId);
                w.Number("quantity", fill.Quantity);
                w.Number("mismarkedQuantity", 0.0);
                w.Number("price", fill.LegPrices.GetValueOrDefault(leg.LegId));
                w.WriteString("time", JsonOut.TraderTime(fill.Time));
                w.WriteNumber("instrumentId", TransactionJson.InstrumentId(leg.Symbol));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
