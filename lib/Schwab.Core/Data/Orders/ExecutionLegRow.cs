using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>One row of <c>SCHWAB.EXECUTION_LEGS</c>; a fill without a leg id takes its 1-based position.</summary>
internal sealed record ExecutionLegRow(
    long OrderId, long ActivityId, long LegId, decimal? Price, decimal? Quantity, decimal? MismarkedQuantity, long? InstrumentId, DateTimeOffset? Time)
{
    public static ExecutionLegRow From(long orderId, long activityId, ExecutionLeg e, int index) => new(
        orderId, activityId, e.LegId ?? index + 1, e.Price, e.Quantity, e.MismarkedQuantity, e.InstrumentId, e.Time);
}
