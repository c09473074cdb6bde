namespace Schwab.Core.Api.Models;

/// <summary>The reference block of a quote (equity and option fields).</summary>
internal sealed record ReferenceBlockDto
{
    public string? Cusip { get; init; }

    public string? Description { get; init; }

    public string? Exchange { get; init; }

    public string? ExchangeName { get; init; }

    public bool? IsHardToBorrow { get; init; }

    public bool? IsShortable { get; init; }

    public long? HtbQuantity { get; init; }

    public decimal? HtbRate { get; init; }

    public string? ContractType { get; init; }

    public int? DaysToExpiration { get; init; }

    public string? Deliverables { get; init; }

    public string? ExerciseType { get; init; }

    public int? ExpirationDay { get; init; }

    public int? ExpirationMonth { get; init; }

    public int? ExpirationYear { get; init; }

    public string? ExpirationType { get; init; }

    public bool? IsPennyPilot { get; init; }

    public long? LastTradingDay { get; init; }

    public decimal? Multiplier { get; init; }

    public string? SettlementType { get; init; }

    public decimal? StrikePrice { get; init; }

    public string? Underlying { get; init; }

    public string? UnderlyingAssetType { get; init; }
}
