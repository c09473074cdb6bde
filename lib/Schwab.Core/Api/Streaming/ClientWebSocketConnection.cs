using System.Net.WebSockets;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// <see cref="IWebSocketConnection"/> over <see cref="ClientWebSocket"/>: reassembles frames until
/// end of message and turns aborts and non-normal closes into <see cref="StreamerException"/>.
/// </summary>
internal sealed class ClientWebSocketConnection : IWebSocketConnection
{
    private const int InitialBufferSize = 16 * 1024;

    // Far above any real frame (a full LEVELONE_OPTIONS snapshot of 3000 keys is a few MB); stops a runaway message.
    private const int MaxMessageSize = 64 * 1024 * 1024;
    private readonly ClientWebSocket _socket = new();
    private byte[] _buffer = new byte[InitialBufferSize];

    public ClientWebSocketConnection(TimeSpan keepAliveInterval)
    {
        // Schwab clients ping every ~20 s (schwab-api.md §4.1).
        _socket.Options.KeepAliveInterval = keepAliveInterval;
    }

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.ConnectAsync(uri, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException)
        {
            throw new StreamerException(StreamerErrorKind.ConnectionFailed, $"Cannot connect to the streamer at {uri.Host}:{uri.Port}: {ex.Message}", null, ex);
        }
    }

    public async Task SendTextAsync(ReadOnlyMemory<byte> utf8Message, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.SendAsync(utf8Message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            throw new StreamerException(StreamerErrorKind.ConnectionLost, $"Streamer connection lost while sending: {ex.Message}", null, ex);
        }
    }

    public async ValueTask<ReadOnlyMemory<byte>?> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        int length = 0;
        while (true)
        {
            if (length == _buffer.Length)
            {
                if (_buffer.Length >= MaxMessageSize)
                {
                    throw new StreamerException(StreamerErrorKind.ConnectionLost, $"Streamer message exceeds {MaxMessageSize} bytes");
                }

                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
            {
                string where = length > 0 ? " in the middle of a message" : string.Empty;
                throw new StreamerException(StreamerErrorKind.ConnectionLost, $"Streamer connection aborted{where}: {ex.Message}", null, ex);
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return await OnCloseAsync(length, cancellationToken);
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return _buffer.AsMemory(0, length);
            }
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            // Close output only: a receive may be pending on another task, and it observes the server's close frame.
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection is gone either way; closing is best effort.
            _socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async ValueTask<ReadOnlyMemory<byte>?> OnCloseAsync(int partialLength, CancellationToken cancellationToken)
    {
        WebSocketCloseStatus? status = _socket.CloseStatus;
        string? description = _socket.CloseStatusDescription;
        await CloseAsync(cancellationToken);
        if (status == WebSocketCloseStatus.NormalClosure && partialLength == 0)
        {
            return null;
        }

        string where = partialLength > 0 ? " in the middle of a message" : string.Empty;
        throw new StreamerException(
            StreamerErrorKind.ConnectionLost,
            $"Streamer closed the connection{where} with status {(int?)status} {status} '{description}'");
    }
}
