using System.Text.Json;
using Schwab.Simulator.Account;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Json;

/// <summary>A MARGIN <c>securitiesAccount</c> with balances and positions (schwab-api.md §2.3, fixtures/account_margin_positions.json).</summary>
internal static class AccountJson
{
    public static void Write(Utf8JsonWriter w, SimulatedAccountInfo account, decimal cash, IReadOnlyList<SimulatedPosition> positions, bool withPositions)
    {
        decimal longOptions = positions.Where(p => p.IsOption && p.LongQuantity > 0).Sum(p => p.MarketValue);
        decimal shortOptions = positions.Where(p => p.IsOption && p.ShortQuantity > 0).Sum(p => p.MarketValue);
        decimal stock = positions.Where(p => !p.IsOption).Sum(p => p.MarketValue);
        decimal liquidation = cash + longOptions + shortOptions + stock;
        decimal maintenance = Math.Round(stock * 0.25m, 2) + positions.Where(p => p.ShortQuantity > 0).Sum(p => p.ShortQuantity * 1000);
        decimal available = liquidation - maintenance;
        w.WriteStartObject();
        w.WriteStartObject("securitiesAccount");
        w.WriteString("type", "MARGIN");
        w.WriteString("accountNumber", account.AccountNumber);
        w.WriteNumber("roundTrips", 0);
        w.WriteBoolean("isDayTrader", false);
        w.WriteBoolean("isClosingOnlyRestricted", false);
        w.WriteBoolean("pfcbFlag", false);
        if (withPositions)
        {
            w.WriteStartArray("positions");
            foreach (var p in positions)
            {
                PositionJson.Write(w, p);
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("initialBalances");
        Numbers(w, ("accruedInterest", 0), ("availableFundsNonMarginableTrade", available), ("bondValue", 0), ("buyingPower", available * 2),
            ("cashBalance", cash), ("cashAvailableForTrading", 0), ("cashReceipts", 0), ("dayTradingBuyingPower", available * 4),
            ("dayTradingBuyingPowerCall", 0), ("dayTradingEquityCall", 0), ("equity", liquidation), ("equityPercentage", 100),
            ("liquidationValue", liquidation), ("longMarginValue", stock), ("longOptionMarketValue", longOptions), ("longStockValue", stock),
            ("maintenanceCall", 0), ("maintenanceRequirement", maintenance), ("margin", cash), ("marginEquity", cash), ("moneyMarketFund", 0),
            ("mutualFundValue", 0), ("regTCall", 0), ("shortMarginValue", 0), ("shortOptionMarketValue", shortOptions), ("shortStockValue", 0),
            ("totalCash", 0));
        w.WriteBoolean("isInCall", false);
        Numbers(w, ("pendingDeposits", 0), ("marginBalance", 0), ("shortBalance", 0), ("accountValue", liquidation));
        w.WriteEndObject();
        w.WriteStartObject("currentBalances");
        Numbers(w, ("accruedInterest", 0), ("cashBalance", cash), ("cashReceipts", 0), ("longOptionMarketValue", longOptions),
            ("liquidationValue", liquidation), ("longMarketValue", stock), ("moneyMarketFund", 0), ("savings", 0), ("shortMarketValue", 0),
            ("pendingDeposits", 0), ("mutualFundValue", 0), ("bondValue", 0), ("shortOptionMarketValue", shortOptions), ("availableFunds", available),
            ("availableFundsNonMarginableTrade", available), ("buyingPower", available * 2), ("buyingPowerNonMarginableTrade", available),
            ("dayTradingBuyingPower", available * 4), ("equity", liquidation), ("equityPercentage", 100), ("longMarginValue", stock),
            ("maintenanceCall", 0), ("maintenanceRequirement", maintenance), ("marginBalance", 0), ("regTCall", 0), ("shortBalance", 0),
            ("shortMarginValue", 0), ("sma", available));
        w.WriteEndObject();
        w.WriteStartObject("projectedBalances");
        Numbers(w, ("availableFunds", available), ("availableFundsNonMarginableTrade", available), ("buyingPower", available * 2),
            ("dayTradingBuyingPower", available * 4), ("dayTradingBuyingPowerCall", 0), ("maintenanceCall", 0), ("regTCall", 0));
        w.WriteBoolean("isInCall", false);
        w.Number("stockBuyingPower", available * 2);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("aggregatedBalance");
        w.Number("currentLiquidationValue", liquidation);
        w.Number("liquidationValue", liquidation);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter w, params (string Name, decimal Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            w.Number(name, Math.Round(value, 2));
        }
    }
}
