using Schwab.Core.Api.Streaming;

namespace Schwab.Benchmarks;

/// <summary>Streamer facts pointing at the <see cref="LoopbackStreamer"/>, and a dummy access token (the loopback streamer accepts any).</summary>
internal sealed class LoopbackCredentials(Uri socketUrl) : IStreamerCredentialsSource
{
    public Task<StreamerCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StreamerCredentials(socketUrl, "bench-customer", "bench", "N9", "APIAPP"));

    public Task<string> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult("bench-token");
}
