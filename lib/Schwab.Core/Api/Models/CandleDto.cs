namespace Schwab.Core.Api.Models;

/// <summary>One candle; datetime is the epoch-ms start (daily candles at 00:00 US/Central).</summary>
internal sealed record CandleDto
{
    public decimal Open { get; init; }

    public decimal High { get; init; }

    public decimal Low { get; init; }

    public decimal Close { get; init; }

    public long Volume { get; init; }

    public long Datetime { get; init; }
}
