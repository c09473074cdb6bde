using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>One row of <c>SCHWAB.ORDER_LEGS</c>; a leg without an id takes its 1-based position.</summary>
internal sealed record OrderLegRow(
    long OrderId, long LegId, string? OrderLegType, string? AssetType, string? Symbol, string? Description, string? Instruction,
    string? PositionEffect, decimal? Quantity, string? PutCall, string? UnderlyingSymbol)
{
    public static OrderLegRow From(long orderId, OrderLeg l, int index) => new(
        orderId, l.LegId ?? index + 1, l.OrderLegType, l.AssetType, l.Symbol, l.Description, l.Instruction, l.PositionEffect,
        l.Quantity, l.PutCall, l.UnderlyingSymbol);
}
