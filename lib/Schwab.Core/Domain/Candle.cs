namespace Schwab.Core.Domain;

/// <summary>One OHLC candle.</summary>
public sealed record Candle
{
    /// <summary>Gets the symbol.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>Gets the candle start (UTC); daily candles start at 00:00 US/Central.</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary>Gets the open.</summary>
    public decimal Open { get; init; }

    /// <summary>Gets the high.</summary>
    public decimal High { get; init; }

    /// <summary>Gets the low.</summary>
    public decimal Low { get; init; }

    /// <summary>Gets the close.</summary>
    public decimal Close { get; init; }

    /// <summary>Gets the volume.</summary>
    public long Volume { get; init; }
}
