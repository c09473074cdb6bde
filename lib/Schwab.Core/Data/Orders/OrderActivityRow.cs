using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>One row of <c>SCHWAB.ORDER_ACTIVITIES</c>.</summary>
internal sealed record OrderActivityRow(
    long OrderId, long ActivityId, string? ActivityType, string? ExecutionType, decimal? Quantity, decimal? OrderRemainingQuantity)
{
    public static OrderActivityRow From(long orderId, long activityId, OrderActivity a) => new(
        orderId, activityId, a.ActivityType, a.ExecutionType, a.Quantity, a.OrderRemainingQuantity);
}
