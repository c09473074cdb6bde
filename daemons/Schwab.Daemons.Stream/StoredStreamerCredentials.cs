using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Domain;

namespace Schwab.Daemons.Stream;

/// <summary>
/// Streamer facts from <c>/userPreference</c> (read before every connection) and the data app's access token from the
/// token store; a forced refresh drops the cached token so the one <c>schwab-tokens</c> last wrote is read again.
/// </summary>
internal sealed class StoredStreamerCredentials(IServiceScopeFactory scopes, IAccessTokenSource tokens, IOptions<SchwabApiOptions> api)
    : IStreamerCredentialsSource
{
    public async Task<StreamerCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        // A scope per read: SchwabClient holds a typed HttpClient that must not live as long as the daemon.
        using IServiceScope scope = scopes.CreateScope();
        StreamerInfo info = await scope.ServiceProvider.GetRequiredService<SchwabClient>().UserPreference.GetStreamerInfoAsync(cancellationToken);
        if (!Uri.TryCreate(info.SocketUrl, UriKind.Absolute, out Uri? url))
        {
            throw new SchwabApiException("userPreference streamerInfo has no valid streamerSocketUrl") { Endpoint = "/trader/v1/userPreference" };
        }

        return new StreamerCredentials(url, info.CustomerId, info.CorrelId, info.Channel, info.FunctionId);
    }

    public async Task<string> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        string app = api.Value.DataApp;
        if (forceRefresh)
        {
            tokens.Invalidate(app);
        }

        return await tokens.GetAccessTokenAsync(app, cancellationToken);
    }
}
