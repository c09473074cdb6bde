using Microsoft.Extensions.Options;

namespace Schwab.Core.Api.Streaming;

/// <summary>Creates <see cref="ClientWebSocketConnection"/>s with the configured keep-alive interval.</summary>
internal sealed class ClientWebSocketConnectionFactory(IOptions<StreamerOptions> options) : IWebSocketConnectionFactory
{
    private readonly TimeSpan _keepAlive = options.Value.KeepAliveInterval;

    public IWebSocketConnection Create() => new ClientWebSocketConnection(_keepAlive);
}
