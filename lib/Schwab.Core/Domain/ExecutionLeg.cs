namespace Schwab.Core.Domain;

/// <summary>One fill of an order activity.</summary>
public sealed record ExecutionLeg
{
    /// <summary>Gets the leg id.</summary>
    public long? LegId { get; init; }

    /// <summary>Gets the fill price.</summary>
    public decimal? Price { get; init; }

    /// <summary>Gets the filled quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Gets the mismarked quantity.</summary>
    public decimal? MismarkedQuantity { get; init; }

    /// <summary>Gets the instrument id.</summary>
    public long? InstrumentId { get; init; }

    /// <summary>Gets the fill time (UTC).</summary>
    public DateTimeOffset? Time { get; init; }
}
