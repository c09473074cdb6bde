namespace Schwab.Core.Api.Models;

/// <summary>The fundamental block of a quote (dates use Z).</summary>
internal sealed record FundamentalBlockDto
{
    public decimal? Avg10DaysVolume { get; init; }

    public decimal? Avg1YearVolume { get; init; }

    public DateTimeOffset? DeclarationDate { get; init; }

    public decimal? DivAmount { get; init; }

    public DateTimeOffset? DivExDate { get; init; }

    public int? DivFreq { get; init; }

    public decimal? DivPayAmount { get; init; }

    public DateTimeOffset? DivPayDate { get; init; }

    public decimal? DivYield { get; init; }

    public decimal? Eps { get; init; }

    public decimal? FundLeverageFactor { get; init; }

    public DateTimeOffset? LastEarningsDate { get; init; }

    public DateTimeOffset? NextDivExDate { get; init; }

    public DateTimeOffset? NextDivPayDate { get; init; }

    public decimal? PeRatio { get; init; }
}
