namespace Schwab.Core.Api.Models;

/// <summary>One leg of an order's orderLegCollection.</summary>
internal sealed record OrderLegDto
{
    public string? OrderLegType { get; init; }

    public long? LegId { get; init; }

    public InstrumentDto? Instrument { get; init; }

    public string? Instruction { get; init; }

    public string? PositionEffect { get; init; }

    public decimal? Quantity { get; init; }

    public string? QuantityType { get; init; }

    public string? DivCapGains { get; init; }

    public string? ToSymbol { get; init; }
}
