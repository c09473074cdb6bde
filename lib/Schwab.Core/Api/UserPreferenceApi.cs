using Schwab.Core.Api.Http;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api;

/// <summary>The user preference (<c>/trader/v1/userPreference</c>): streamer info and linked accounts.</summary>
public sealed class UserPreferenceApi
{
    private readonly SchwabHttp _http;

    internal UserPreferenceApi(SchwabHttp http, string apiName)
    {
        _http = http;
        ApiName = apiName;
    }

    /// <summary>Gets the app whose credentials and rate budget these calls use.</summary>
    public string ApiName { get; }

    /// <summary>Gets the user preference.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preference.</returns>
    public async Task<UserPreference> GetAsync(CancellationToken cancellationToken = default)
    {
        UserPreferenceDto dto = await _http.GetJsonAsync(ApiName, "/trader/v1/userPreference", SchwabJsonContext.Default.UserPreferenceDto, cancellationToken);
        return PreferenceMapper.ToPreference(dto);
    }

    /// <summary>Gets the streamer connection facts, or throws when Schwab sent none.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The streamer info.</returns>
    public async Task<StreamerInfo> GetStreamerInfoAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).StreamerInfo
            ?? throw new SchwabApiException("Schwab API GET /trader/v1/userPreference returned no streamerInfo") { Endpoint = "/trader/v1/userPreference" };
}
