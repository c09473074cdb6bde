using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Mapping;

/// <summary>Maps the user preference DTO to the domain type.</summary>
internal static class PreferenceMapper
{
    public static UserPreference ToPreference(UserPreferenceDto dto) => new()
    {
        StreamerInfo = dto.StreamerInfo?.FirstOrDefault() is { } s ? new StreamerInfo
        {
            SocketUrl = s.StreamerSocketUrl ?? "",
            CustomerId = s.SchwabClientCustomerId ?? "",
            CorrelId = s.SchwabClientCorrelId ?? "",
            Channel = s.SchwabClientChannel ?? "",
            FunctionId = s.SchwabClientFunctionId ?? "",
        }
        : null,
        Accounts = [.. (dto.Accounts ?? []).Select(a => new PreferenceAccount
        {
            AccountNumber = a.AccountNumber ?? "",
            NickName = a.NickName,
            DisplayAccountId = a.DisplayAcctId,
            PrimaryAccount = a.PrimaryAccount,
            Type = a.Type,
        })],
        MarketDataPermission = dto.Offers?.FirstOrDefault()?.MktDataPermission,
        Level2Permissions = dto.Offers?.FirstOrDefault()?.Level2Permissions,
    };
}
