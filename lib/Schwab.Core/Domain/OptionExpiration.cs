namespace Schwab.Core.Domain;

/// <summary>One entry of an expiration chain.</summary>
public sealed record OptionExpiration
{
    /// <summary>Gets the expiration date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Gets the days to expiration.</summary>
    public int DaysToExpiration { get; init; }

    /// <summary>Gets the expiration type (<c>S</c>, <c>W</c>, <c>M</c>, <c>Q</c>).</summary>
    public string? ExpirationType { get; init; }

    /// <summary>Gets the settlement type (<c>A</c>, <c>P</c>).</summary>
    public string? SettlementType { get; init; }

    /// <summary>Gets the option roots, e.g. <c>SPXW</c>.</summary>
    public string? OptionRoots { get; init; }

    /// <summary>Gets a value indicating whether the expiration is standard.</summary>
    public bool? Standard { get; init; }
}
