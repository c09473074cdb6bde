using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>One row of <c>SCHWAB.ORDERS</c> (Dapper parameters).</summary>
internal sealed record OrderRow(
    long OrderId, string AccountHash, long? ParentOrderId, string? Session, string? Duration, string? OrderType,
    string? ComplexOrderStrategyType, string? OrderStrategyType, decimal? Quantity, decimal? FilledQuantity, decimal? RemainingQuantity,
    decimal? Price, decimal? StopPrice, string Status, string? StatusDescription, DateTimeOffset? EnteredTime, DateTimeOffset? CloseTime,
    string? Tag, bool? Cancelable, bool? Editable, DateTimeOffset UpdatedAt)
{
    public static OrderRow From(Order o, string accountHash, long? parentOrderId, DateTimeOffset now) => new(
        o.OrderId, accountHash, parentOrderId, o.Session, o.Duration, o.OrderType, o.ComplexOrderStrategyType, o.OrderStrategyType,
        o.Quantity, o.FilledQuantity, o.RemainingQuantity, o.Price, o.StopPrice, o.Status ?? "UNKNOWN", o.StatusDescription,
        o.EnteredTime, o.CloseTime, o.Tag, o.Cancelable, o.Editable, now);
}
