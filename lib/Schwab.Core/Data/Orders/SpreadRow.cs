using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>
/// One row of <c>SCHWAB.SPREADS</c>: the summary of a FILLED order with legs. <see cref="NetPrice"/> is per unit of the
/// order, credit positive and debit negative (sells add, buys subtract), averaged over the fills by their quantity.
/// </summary>
internal sealed record SpreadRow(
    long OrderId, string AccountHash, string Strategy, decimal Quantity, decimal? NetPrice, string? PutCall, string? PositionEffect,
    string? ShortSymbol, string? LongSymbol, decimal? ShortStrike, decimal? LongStrike, DateOnly? Expiration, DateTimeOffset? FilledAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The summary of <paramref name="order"/>, or null when it is not FILLED or has no legs (an OCO parent).</summary>
    public static SpreadRow? From(Order order, string accountHash, DateTimeOffset now)
    {
        if (order.Status != "FILLED" || order.Legs.Count == 0)
        {
            return null;
        }

        OrderLeg? shortLeg = order.Legs.FirstOrDefault(l => IsSell(l.Instruction));
        OrderLeg? longLeg = order.Legs.FirstOrDefault(l => !IsSell(l.Instruction));
        string strategy = order.ComplexOrderStrategyType is { Length: > 0 } c && c != "NONE" ? c : order.Legs.Count == 1 ? "SINGLE" : "CUSTOM";
        string?[] putCalls = [.. order.Legs.Select(PutCallOf).Distinct()];
        string?[] effects = [.. order.Legs.Select(l => l.PositionEffect).Distinct()];
        DateOnly? expiration = order.Legs.Select(l => OccSymbol.TryParse(l.Symbol, out DateOnly e, out _) ? e : (DateOnly?)null).Min();
        DateTimeOffset? filledAt = order.CloseTime
            ?? order.Activities.SelectMany(a => a.ExecutionLegs).Select(e => e.Time).Max();
        return new SpreadRow(
            order.OrderId, accountHash, strategy, order.FilledQuantity ?? order.Quantity ?? 0, AverageNetPrice(order),
            putCalls.Length == 1 ? putCalls[0] : null, effects.Length == 1 ? effects[0] : null,
            shortLeg?.Symbol, longLeg?.Symbol, Strike(shortLeg), Strike(longLeg), expiration, filledAt, now);
    }

    private static decimal? AverageNetPrice(Order order)
    {
        decimal units = order.Quantity is > 0 ? order.Quantity.Value : 1;
        decimal weighted = 0, filled = 0;
        foreach (OrderActivity activity in order.Activities.Where(a => a.Quantity is > 0 && a.ExecutionLegs.Count > 0))
        {
            decimal net = 0;
            foreach (ExecutionLeg fill in activity.ExecutionLegs)
            {
                OrderLeg? leg = order.Legs.FirstOrDefault(l => l.LegId == fill.LegId);
                if (leg is null || fill.Price is null)
                {
                    return null;
                }

                decimal ratio = (leg.Quantity ?? units) / units;
                net += (IsSell(leg.Instruction) ? 1 : -1) * fill.Price.Value * ratio;
            }

            weighted += net * activity.Quantity!.Value;
            filled += activity.Quantity.Value;
        }

        return filled == 0 ? null : Math.Round(weighted / filled, 4);
    }

    private static bool IsSell(string? instruction) => instruction?.StartsWith("SELL", StringComparison.Ordinal) == true;

    private static string? PutCallOf(OrderLeg leg) =>
        leg.PutCall ?? (leg.Symbol is { Length: 21 } s ? s[12] switch { 'P' => "PUT", 'C' => "CALL", _ => null } : null);

    private static decimal? Strike(OrderLeg? leg) => OccSymbol.TryParse(leg?.Symbol, out _, out decimal strike) ? strike : null;
}
