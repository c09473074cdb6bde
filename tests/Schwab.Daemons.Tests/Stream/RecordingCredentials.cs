using System.Collections.Concurrent;
using Schwab.Core.Api.Streaming;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>The daemon's real credentials source, noting every token request and whether a fresh token was demanded.</summary>
internal sealed class RecordingCredentials(IStreamerCredentialsSource inner) : IStreamerCredentialsSource
{
    public ConcurrentQueue<bool> TokenRequests { get; } = new();

    public Task<StreamerCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => inner.GetCredentialsAsync(cancellationToken);

    public Task<string> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        TokenRequests.Enqueue(forceRefresh);
        return inner.GetAccessTokenAsync(forceRefresh, cancellationToken);
    }
}
