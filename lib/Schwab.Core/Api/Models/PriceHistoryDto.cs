namespace Schwab.Core.Api.Models;

/// <summary>GET /marketdata/v1/pricehistory (§2.9).</summary>
internal sealed record PriceHistoryDto
{
    public string? Symbol { get; init; }

    public bool? Empty { get; init; }

    public decimal? PreviousClose { get; init; }

    public long? PreviousCloseDate { get; init; }

    public List<CandleDto>? Candles { get; init; }
}
