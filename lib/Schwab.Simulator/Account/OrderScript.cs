using Schwab.Simulator.Market;

namespace Schwab.Simulator.Account;

/// <summary>
/// The scripted order book of one trading day, driven by the clock: a put credit spread that fills in two parts,
/// an OCO whose profit-taking child fills while the stop child is cancelled, and a day order that expires.
/// </summary>
internal sealed class OrderScript(SimulatedMarket market, string accountNumber)
{
    public IEnumerable<SimulatedOrder> OrdersOn(TradingDay day, DateTimeOffset at)
    {
        if (!day.IsOpen)
        {
            yield break;
        }

        var open = day.RegularStart!.Value;
        var close = day.RegularEnd!.Value;
        long id = 1_000_000_000_000 + ((long)day.Date.DayNumber * 10);
        decimal spot = market.GetPrice("$SPX", open.AddMinutes(30));
        decimal shortStrike = Math.Floor(spot * 0.99m / 5) * 5, longStrike = shortStrike - 10;
        decimal callStrike = Math.Ceiling(spot * 1.02m / 5) * 5;
        var spread = new List<SimulatedOrderLeg>
        {
            Leg(1, day.Date, false, shortStrike, "SELL_TO_OPEN", 2),
            Leg(2, day.Date, false, longStrike, "BUY_TO_OPEN", 2),
        };

        var entered1 = open.AddMinutes(30);
        if (at >= entered1)
        {
            var fills = new List<SimulatedExecution>();
            if (at >= entered1.AddMinutes(2))
            {
                fills.Add(Fill((id + 1) * 10, 1, entered1.AddMinutes(2), 3.10m, 1.60m));
            }

            if (at >= entered1.AddMinutes(5))
            {
                fills.Add(Fill(((id + 1) * 10) + 1, 1, entered1.AddMinutes(5), 3.10m, 1.60m));
            }

            bool filled = fills.Count == 2;
            yield return new SimulatedOrder(id + 1, accountNumber, filled ? "FILLED" : "WORKING", entered1, filled ? fills[1].Time : null,
                "NET_CREDIT", "SINGLE", "VERTICAL", 2, fills.Count, 1.50m, spread, fills, []);
        }

        var entered2 = open.AddMinutes(60);
        if (at >= entered2)
        {
            var fillTime = entered2.AddMinutes(90);
            bool done = at >= fillTime;
            var closing = new List<SimulatedOrderLeg>
            {
                Leg(1, day.Date, false, shortStrike, "BUY_TO_CLOSE", 2),
                Leg(2, day.Date, false, longStrike, "SELL_TO_CLOSE", 2),
            };
            var takeProfit = new SimulatedOrder(id + 3, accountNumber, done ? "FILLED" : "WORKING", entered2, done ? fillTime : null,
                "NET_DEBIT", "SINGLE", "VERTICAL", 2, done ? 2 : 0, 0.50m, closing,
                done ? [Fill((id + 3) * 10, 2, fillTime, 0.70m, 0.20m)] : [], []);
            var stop = new SimulatedOrder(id + 4, accountNumber, done ? "CANCELED" : "WORKING", entered2, done ? fillTime : null,
                "STOP", "SINGLE", "NONE", 2, 0, 6.00m, [Leg(1, day.Date, false, shortStrike, "BUY_TO_CLOSE", 2)], [], []);
            yield return new SimulatedOrder(id + 2, accountNumber, done ? "FILLED" : "WORKING", entered2, done ? fillTime : null,
                "NET_DEBIT", "OCO", "NONE", 2, done ? 2 : 0, null, [], [], [takeProfit, stop]);
        }

        var entered3 = open.AddMinutes(120);
        if (at >= entered3)
        {
            bool expired = at >= close;
            yield return new SimulatedOrder(id + 5, accountNumber, expired ? "EXPIRED" : "WORKING", entered3, expired ? close : null,
                "LIMIT", "SINGLE", "NONE", 1, 0, 0.80m, [Leg(1, day.Date, true, callStrike, "SELL_TO_OPEN", 1)], [], []);
        }
    }

    private static SimulatedOrderLeg Leg(int legId, DateOnly expiration, bool call, decimal strike, string instruction, decimal quantity) =>
        new(legId, OptionSymbol.Format("SPXW", expiration, call, strike), instruction,
            instruction.EndsWith("OPEN", StringComparison.Ordinal) ? "OPENING" : "CLOSING", quantity, call, strike, expiration);

    private static SimulatedExecution Fill(long activityId, decimal quantity, DateTimeOffset time, decimal leg1, decimal leg2) =>
        new(activityId, quantity, time, new Dictionary<int, decimal> { [1] = leg1, [2] = leg2 });
}
