namespace Schwab.Core.Api.Streaming;

/// <summary>Creates a fresh, unconnected <see cref="IWebSocketConnection"/> for each streamer session.</summary>
public interface IWebSocketConnectionFactory
{
    /// <summary>Creates a new connection; the caller connects and disposes it.</summary>
    IWebSocketConnection Create();
}
