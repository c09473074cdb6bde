namespace Schwab.Core.Api.Streaming;

/// <summary>Supplies the streamer connection facts and the access token the LOGIN carries.</summary>
public interface IStreamerCredentialsSource
{
    /// <summary>Reads the streamer info (from <c>/userPreference</c>); called before every new connection.</summary>
    Task<StreamerCredentials> GetCredentialsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Returns the raw access token (no <c>Bearer </c> prefix). With <paramref name="forceRefresh"/> the
    /// source must not return a cached token: the streamer denied the last one (code 3).
    /// </summary>
    Task<string> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
