namespace Schwab.Core.Api.Models;

/// <summary>GET /trader/v1/userPreference (an object, not the array the portal shows), §2.5.</summary>
internal sealed record UserPreferenceDto
{
    public List<UserPreferenceAccountDto>? Accounts { get; init; }

    public List<StreamerInfoDto>? StreamerInfo { get; init; }

    public List<OfferDto>? Offers { get; init; }
}
