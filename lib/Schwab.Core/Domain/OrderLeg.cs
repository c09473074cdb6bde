namespace Schwab.Core.Domain;

/// <summary>One leg of an order.</summary>
public sealed record OrderLeg
{
    /// <summary>Gets the leg id.</summary>
    public long? LegId { get; init; }

    /// <summary>Gets the leg type (<c>OPTION</c>, <c>EQUITY</c>).</summary>
    public string? OrderLegType { get; init; }

    /// <summary>Gets the instrument symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Gets the instrument asset type.</summary>
    public string? AssetType { get; init; }

    /// <summary>Gets the instrument description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets <c>PUT</c>/<c>CALL</c> for options.</summary>
    public string? PutCall { get; init; }

    /// <summary>Gets the underlying symbol for options.</summary>
    public string? UnderlyingSymbol { get; init; }

    /// <summary>Gets the instruction, e.g. <c>SELL_TO_OPEN</c>.</summary>
    public string? Instruction { get; init; }

    /// <summary>Gets the position effect (<c>OPENING</c>, <c>CLOSING</c>).</summary>
    public string? PositionEffect { get; init; }

    /// <summary>Gets the quantity.</summary>
    public decimal? Quantity { get; init; }
}
