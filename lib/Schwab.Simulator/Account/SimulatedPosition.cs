namespace Schwab.Simulator.Account;

/// <summary>A position at one instant.</summary>
/// <param name="Symbol">Symbol (OCC for options).</param>
/// <param name="IsOption">True for an option.</param>
/// <param name="LongQuantity">Long quantity.</param>
/// <param name="ShortQuantity">Short quantity (positive).</param>
/// <param name="AveragePrice">Average price.</param>
/// <param name="MarketPrice">Current price (mark for options).</param>
public sealed record SimulatedPosition(string Symbol, bool IsOption, decimal LongQuantity, decimal ShortQuantity, decimal AveragePrice, decimal MarketPrice)
{
    /// <summary>Contract multiplier.</summary>
    public decimal Multiplier => IsOption ? 100 : 1;

    /// <summary>Signed market value (negative for shorts).</summary>
    public decimal MarketValue => (LongQuantity - ShortQuantity) * MarketPrice * Multiplier;
}
