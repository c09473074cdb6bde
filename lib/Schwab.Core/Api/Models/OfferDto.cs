namespace Schwab.Core.Api.Models;

/// <summary>Market-data entitlements of the user preference.</summary>
internal sealed record OfferDto
{
    public bool? Level2Permissions { get; init; }

    public string? MktDataPermission { get; init; }
}
