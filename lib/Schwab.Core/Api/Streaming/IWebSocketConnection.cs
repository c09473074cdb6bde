namespace Schwab.Core.Api.Streaming;

/// <summary>
/// The smallest WebSocket surface the streamer needs: connect, send one text message, receive one
/// whole message, close. Production wraps <see cref="System.Net.WebSockets.ClientWebSocket"/>; tests
/// script frames without a socket.
/// </summary>
public interface IWebSocketConnection : IAsyncDisposable
{
    /// <summary>Opens the connection to <paramref name="uri"/>.</summary>
    /// <exception cref="StreamerException">The connection could not be opened.</exception>
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one complete UTF-8 text message.</summary>
    /// <exception cref="StreamerException">The connection failed while sending.</exception>
    Task SendTextAsync(ReadOnlyMemory<byte> utf8Message, CancellationToken cancellationToken);

    /// <summary>
    /// Receives one whole text message, reassembled from its frames until end of message.
    /// The returned memory is valid only until the next call.
    /// </summary>
    /// <returns>The message, or <see langword="null"/> when the server closed the connection normally.</returns>
    /// <exception cref="StreamerException">
    /// The connection was aborted (also in the middle of a message) or closed with a non-normal status.
    /// </exception>
    ValueTask<ReadOnlyMemory<byte>?> ReceiveMessageAsync(CancellationToken cancellationToken);

    /// <summary>Closes the connection normally; never throws for a connection that is already gone.</summary>
    Task CloseAsync(CancellationToken cancellationToken);
}
