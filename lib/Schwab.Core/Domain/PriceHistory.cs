namespace Schwab.Core.Domain;

/// <summary>The result of a /pricehistory call.</summary>
public sealed record PriceHistory
{
    /// <summary>Gets the symbol.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>Gets the candles, oldest first.</summary>
    public IReadOnlyList<Candle> Candles { get; init; } = [];

    /// <summary>Gets the previous close (only with needPreviousClose=true).</summary>
    public decimal? PreviousClose { get; init; }

    /// <summary>Gets the previous close date (only with needPreviousClose=true).</summary>
    public DateTimeOffset? PreviousCloseDate { get; init; }
}
