using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Tests.Api.Streaming;

/// <summary>Streamer info like /userPreference's, and access tokens that change on every forced refresh.</summary>
internal sealed class FakeStreamerCredentials : IStreamerCredentialsSource
{
    public const string CustomerId = "3f6b0c1a9d2e4b7c8a5f6e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b";
    private readonly Lock _lock = new();
    private readonly List<bool> _tokenRequests = [];
    private int _generation = 1;

    public Uri SocketUrl { get; set; } = new("wss://streamer.example.test/ws");

    public StreamerCredentials Credentials => new(SocketUrl, CustomerId, StreamerFrames.CorrelId, "N9", "APIAPP");

    public string CurrentToken => $"I0.token+{_generation}/abc@";

    /// <summary>The forceRefresh flag of every token request, in order.</summary>
    public IReadOnlyList<bool> TokenRequests
    {
        get
        {
            lock (_lock)
            {
                return [.. _tokenRequests];
            }
        }
    }

    public Task<StreamerCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => Task.FromResult(Credentials);

    public Task<string> GetAccessTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _tokenRequests.Add(forceRefresh);
            if (forceRefresh)
            {
                _generation++;
            }

            return Task.FromResult(CurrentToken);
        }
    }
}
