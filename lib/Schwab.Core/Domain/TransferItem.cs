namespace Schwab.Core.Domain;

/// <summary>One transfer item (instrument movement or fee) of an account transaction.</summary>
public sealed record TransferItem
{
    /// <summary>Gets the instrument symbol (<c>CURRENCY_USD</c> for fees).</summary>
    public string? Symbol { get; init; }

    /// <summary>Gets the instrument asset type.</summary>
    public string? AssetType { get; init; }

    /// <summary>Gets the instrument description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the amount (quantity).</summary>
    public decimal? Amount { get; init; }

    /// <summary>Gets the cost.</summary>
    public decimal? Cost { get; init; }

    /// <summary>Gets the price.</summary>
    public decimal? Price { get; init; }

    /// <summary>Gets the fee type, e.g. <c>COMMISSION</c>.</summary>
    public string? FeeType { get; init; }

    /// <summary>Gets the position effect.</summary>
    public string? PositionEffect { get; init; }
}
