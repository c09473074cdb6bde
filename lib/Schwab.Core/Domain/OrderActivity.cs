namespace Schwab.Core.Domain;

/// <summary>One activity (execution, order action) of an order.</summary>
public sealed record OrderActivity
{
    /// <summary>Gets the activity type, e.g. <c>EXECUTION</c>.</summary>
    public string? ActivityType { get; init; }

    /// <summary>Gets the activity id.</summary>
    public long? ActivityId { get; init; }

    /// <summary>Gets the execution type, e.g. <c>FILL</c>.</summary>
    public string? ExecutionType { get; init; }

    /// <summary>Gets the quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Gets the order's remaining quantity after this activity.</summary>
    public decimal? OrderRemainingQuantity { get; init; }

    /// <summary>Gets the fills.</summary>
    public IReadOnlyList<ExecutionLeg> ExecutionLegs { get; init; } = [];
}
