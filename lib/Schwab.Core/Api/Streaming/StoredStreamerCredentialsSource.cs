using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Auth;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// Streamer credentials for the data app: the streamer info from <c>GET /userPreference</c>, and the access token
/// from the token table. A forced refresh (after stream code 3) re-reads the table — readers never call the token
/// endpoint; <c>schwab-tokens</c> does.
/// </summary>
internal sealed class StoredStreamerCredentialsSource(IServiceScopeFactory scopes, IAccessTokenSource tokens, IOptions<SchwabApiOptions> options)
    : IStreamerCredentialsSource
{
    public async Task<StreamerCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        // A scope per call: the REST client is a typed HttpClient and must not be held for the daemon's life.
        using IServiceScope scope = scopes.CreateScope();
        StreamerInfo info = await scope.ServiceProvider.GetRequiredService<SchwabClient>()
            .ForApp(options.Value.DataApp).UserPreference.GetStreamerInfoAsync(cancellationToken);
        if (!Uri.TryCreate(info.SocketUrl, UriKind.Absolute, out Uri? url))
        {
            throw new SchwabApiException("userPreference streamerInfo has no valid streamerSocketUrl") { Endpoint = "/trader/v1/userPreference" };
        }

        return new StreamerCredentials(url, info.CustomerId, info.CorrelId, info.Channel, info.FunctionId);
    }

    public async Task<string> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        string apiName = options.Value.DataApp;
        if (forceRefresh)
        {
            tokens.Invalidate(apiName);
        }

        return await tokens.GetAccessTokenAsync(apiName, cancellationToken);
    }
}
