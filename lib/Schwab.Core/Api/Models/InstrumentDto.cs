namespace Schwab.Core.Api.Models;

/// <summary>An instrument as it appears in positions, order legs and transfer items.</summary>
internal sealed record InstrumentDto
{
    public string? AssetType { get; init; }

    public string? Cusip { get; init; }

    public string? Symbol { get; init; }

    public string? Description { get; init; }

    public decimal? NetChange { get; init; }

    public string? Type { get; init; }

    public string? PutCall { get; init; }

    public string? UnderlyingSymbol { get; init; }

    public long? InstrumentId { get; init; }

    public string? Status { get; init; }

    public decimal? ClosingPrice { get; init; }

    public DateTimeOffset? ExpirationDate { get; init; }

    public decimal? OptionPremiumMultiplier { get; init; }

    public decimal? StrikePrice { get; init; }
}
