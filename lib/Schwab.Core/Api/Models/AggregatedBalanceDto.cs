namespace Schwab.Core.Api.Models;

/// <summary>The aggregatedBalance block (real, missing from the spec).</summary>
internal sealed record AggregatedBalanceDto
{
    public decimal? CurrentLiquidationValue { get; init; }

    public decimal? LiquidationValue { get; init; }
}
