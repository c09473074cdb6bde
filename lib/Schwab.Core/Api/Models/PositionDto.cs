namespace Schwab.Core.Api.Models;

/// <summary>One position of an account (§2.3); long-only fields are absent on shorts and vice versa.</summary>
internal sealed record PositionDto
{
    public decimal? ShortQuantity { get; init; }

    public decimal? AveragePrice { get; init; }

    public decimal? CurrentDayProfitLoss { get; init; }

    public decimal? CurrentDayProfitLossPercentage { get; init; }

    public decimal? LongQuantity { get; init; }

    public decimal? SettledLongQuantity { get; init; }

    public decimal? SettledShortQuantity { get; init; }

    public decimal? AgedQuantity { get; init; }

    public InstrumentDto? Instrument { get; init; }

    public decimal? MarketValue { get; init; }

    public decimal? MaintenanceRequirement { get; init; }

    public decimal? AverageLongPrice { get; init; }

    public decimal? AverageShortPrice { get; init; }

    public decimal? TaxLotAverageLongPrice { get; init; }

    public decimal? TaxLotAverageShortPrice { get; init; }

    public decimal? LongOpenProfitLoss { get; init; }

    public decimal? ShortOpenProfitLoss { get; init; }

    public decimal? PreviousSessionLongQuantity { get; init; }

    public decimal? PreviousSessionShortQuantity { get; init; }

    public decimal? CurrentDayCost { get; init; }
}
