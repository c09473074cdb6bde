namespace Schwab.Core.Api.Models;

/// <summary>One expiration; the real field is expirationDate (the spec says expiration).</summary>
internal sealed record ExpirationDto
{
    public DateOnly? ExpirationDate { get; init; }

    public int? DaysToExpiration { get; init; }

    public string? ExpirationType { get; init; }

    public string? SettlementType { get; init; }

    public string? OptionRoots { get; init; }

    public bool? Standard { get; init; }
}
