namespace Schwab.Core.Api.Models;

/// <summary>The extended-hours block of an equity quote.</summary>
internal sealed record ExtendedBlockDto
{
    public decimal? AskPrice { get; init; }

    public long? AskSize { get; init; }

    public decimal? BidPrice { get; init; }

    public long? BidSize { get; init; }

    public decimal? LastPrice { get; init; }

    public long? LastSize { get; init; }

    public decimal? Mark { get; init; }

    public long? QuoteTime { get; init; }

    public long? TotalVolume { get; init; }

    public long? TradeTime { get; init; }
}
