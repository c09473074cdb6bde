namespace Schwab.Core.Api.Models;

/// <summary>One transferItems entry of a transaction (fees are CURRENCY_USD items).</summary>
internal sealed record TransferItemDto
{
    public InstrumentDto? Instrument { get; init; }

    public decimal? Amount { get; init; }

    public decimal? Cost { get; init; }

    public decimal? Price { get; init; }

    public string? FeeType { get; init; }

    public string? PositionEffect { get; init; }
}
