using System.Text.Json;
using Schwab.Simulator.Account;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>A TRADE transaction for one fill (schwab-api.md §2.4, fixtures/transactions.json).</summary>
internal static class TransactionJson
{
    public static void Write(Utf8JsonWriter w, SimulatedOrder order, SimulatedExecution fill)
    {
        decimal contracts = fill.Quantity * order.Legs.Count;
        decimal commission = 0.65m * contracts, regFee = 0.02m * contracts, indexFee = 0.60m * contracts;
        decimal premium = order.Legs.Sum(l => (l.IsBuy ? -1 : 1) * fill.LegPrices.GetValueOrDefault(l.LegId) * fill.Quantity * 100);
        w.WriteStartObject();
        w.WriteNumber("activityId", fill.ActivityId);
        w.WriteString("time", JsonOut.TraderTime(fill.Time));
        w.WriteString("accountNumber", order.AccountNumber);
        w.WriteString("type", "TRADE");
        w.WriteString("status", "VALID");
        w.WriteString("subAccount", "MARGIN");
        w.WriteString("tradeDate", JsonOut.TraderTime(fill.Time));
        w.WriteNumber("positionId", (fill.ActivityId % 9_000_000_000) + 1_000_000_000);
        w.WriteNumber("orderId", order.OrderId);
        w.Number("netAmount", premium - commission - regFee - indexFee);
        w.WriteStartArray("transferItems");
        Fee(w, commission, "COMMISSION");
        Fee(w, regFee, "OPT_REG_FEE");
        Fee(w, indexFee, "INDEX_OPTION_FEE");
        foreach (var leg in order.Legs)
        {
            decimal price = fill.LegPrices.GetValueOrDefault(leg.LegId);
            w.WriteStartObject();
            OptionInstrument(w, leg.Symbol, true);
            w.Number("amount", leg.IsBuy ? fill.Quantity : -fill.Quantity);
            w.Number("cost", (leg.IsBuy ? -1 : 1) * price * fill.Quantity * 100);
            w.Number("price", price);
            w.WriteString("positionEffect", leg.PositionEffect);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static long InstrumentId(string symbol) => (long)(DeterministicHash.OfString(symbol) % 900_000_000) + 100_000_000;

    public static void OptionInstrument(Utf8JsonWriter w, string symbol, bool transaction)
    {
        if (!OptionSymbol.TryParse(symbol, out string root, out var expiration, out bool call, out decimal strike))
        {
            throw new ArgumentException($"'{symbol}' is not an OCC option symbol", nameof(symbol));
        }

        w.WriteStartObject("instrument");
        w.WriteString("assetType", "OPTION");
        if (transaction)
        {
            w.WriteString("status", "ACTIVE");
        }
        else
        {
            w.WriteString("cusip", "0" + root + "." + symbol[6..12] + symbol[13..]);
        }

        w.WriteString("symbol", symbol);
        w.WriteString("description", $"S&P 500 INDEX {expiration:MM/dd/yyyy} ${strike:0.##} {(call ? "Call" : "Put")}");
        w.WriteNumber("instrumentId", InstrumentId(symbol));
        if (transaction)
        {
            w.Number("closingPrice", 0.0);
            w.WriteString("expirationDate", JsonOut.TraderTime(ExchangeTime.At(expiration, new TimeOnly(16, 0))));
            w.WriteStartArray("optionDeliverables");
            w.WriteStartObject();
            w.WriteString("rootSymbol", root);
            w.WriteNumber("strikePercent", 100);
            w.WriteNumber("deliverableNumber", 1);
            w.WriteNumber("deliverableUnits", 100);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteNumber("optionPremiumMultiplier", 100);
        }

        w.WriteString("putCall", call ? "CALL" : "PUT");
        if (transaction)
        {
            w.Number("strikePrice", strike);
        }

        w.WriteString("type", "VANILLA");
        w.WriteString("underlyingSymbol", "$SPX");
        w.WriteEndObject();
    }

    private static void Fee(Utf8JsonWriter w, decimal amount, string feeType)
    {
        w.WriteStartObject();
        w.WriteStartObject("instrument");
        w.WriteString("assetType", "CURRENCY");
        w.WriteString("status", "ACTIVE");
        w.WriteString("symbol", "CURRENCY_USD");
        w.WriteString("description", "USD currency");
        w.WriteNumber("instrumentId", 1);
        w.WriteNumber("closingPrice", 0);
        w.WriteEndObject();
        w.Number("amount", amount);
        w.Number("cost", -amount);
        w.WriteString("feeType", feeType);
        w.WriteEndObject();
    }
}
