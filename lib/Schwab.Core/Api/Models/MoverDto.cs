namespace Schwab.Core.Api.Models;

/// <summary>One mover row.</summary>
internal sealed record MoverDto
{
    public string? Description { get; init; }

    public long? Volume { get; init; }

    public decimal? LastPrice { get; init; }

    public decimal? NetChange { get; init; }

    public decimal? MarketShare { get; init; }

    public long? TotalVolume { get; init; }

    public long? Trades { get; init; }

    public decimal? NetPercentChange { get; init; }

    public string? Symbol { get; init; }
}
