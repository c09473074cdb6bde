namespace Schwab.Core.Api.Models;

/// <summary>One entry of an order's orderActivityCollection.</summary>
internal sealed record OrderActivityDto
{
    public string? ActivityType { get; init; }

    public long? ActivityId { get; init; }

    public string? ExecutionType { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? OrderRemainingQuantity { get; init; }

    public List<ExecutionLegDto>? ExecutionLegs { get; init; }
}
