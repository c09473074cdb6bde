namespace Schwab.Core.Api.Models;

/// <summary>One fill of an order activity.</summary>
internal sealed record ExecutionLegDto
{
    public long? LegId { get; init; }

    public decimal? Price { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? MismarkedQuantity { get; init; }

    public long? InstrumentId { get; init; }

    public DateTimeOffset? Time { get; init; }
}
