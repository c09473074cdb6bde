namespace Schwab.Core.Api.Models;

/// <summary>The regular-session block of an equity quote.</summary>
internal sealed record RegularBlockDto
{
    public decimal? RegularMarketLastPrice { get; init; }

    public long? RegularMarketLastSize { get; init; }

    public decimal? RegularMarketNetChange { get; init; }

    public decimal? RegularMarketPercentChange { get; init; }

    public long? RegularMarketTradeTime { get; init; }
}
