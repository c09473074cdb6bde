using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Schwab.Benchmarks;

/// <summary>
/// A lean Schwab streamer on 127.0.0.1 (ephemeral port) for <c>stream.*</c>: one WebSocket (RFC 6455 handshake by hand over a
/// <see cref="TcpListener"/>), every request answered with code 0 (schwab-api.md §4.1–4.3), and once LEVELONE_OPTIONS is
/// subscribed, <see cref="SendAsync"/> pushes change-only data frames from <see cref="StreamFrames"/> at a paced rate.
/// </summary>
/// <remarks>The simulator ticks on a timer and records every update, so it cannot offer 50,000+ updates/s; this sender can.</remarks>
internal sealed class LoopbackStreamer : IAsyncDisposable
{
    private const string Guid6455 = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource<WebSocket> _socket = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task? _serve;

    public Uri Url => new($"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/ws");

    public static LoopbackStreamer Start()
    {
        var streamer = new LoopbackStreamer();
        streamer._listener.Start(1);
        streamer._serve = Task.Run(streamer.ServeAsync);
        return streamer;
    }

    /// <summary>Waits for the client's LEVELONE_OPTIONS SUBS, then sends <paramref name="frames"/> at <paramref name="rate"/> updates/s.</summary>
    /// <returns>The updates sent and when the first frame went out (<see cref="TimeProvider.System"/>).</returns>
    public async Task<(long Sent, DateTimeOffset FirstSentAt)> SendAsync(StreamFrames frames, long updates, double rate, CancellationToken cancellationToken)
    {
        await _subscribed.Task.WaitAsync(cancellationToken);
        WebSocket socket = await _socket.Task;
        DateTimeOffset first = TimeProvider.System.GetUtcNow();
        long start = TimeProvider.System.GetTimestamp();
        long sent = 0;
        while (sent < updates)
        {
            int items = (int)Math.Min(frames.ItemsPerFrame, updates - sent);
            if (sent + items > rate * TimeProvider.System.GetElapsedTime(start).TotalSeconds)
            {
                // Paced: not yet due (the offered rate, not the pipeline, sets the pace while the pipeline keeps up).
                await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, cancellationToken);
                continue;
            }

            ReadOnlyMemory<byte> frame = frames.Next(items, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
            await SendFrameAsync(socket, frame, cancellationToken);
            sent += items;
        }

        return (sent, first);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        if (_socket.Task.IsCompletedSuccessfully)
        {
            _socket.Task.Result.Abort();
            _socket.Task.Result.Dispose();
        }

        if (_serve is not null)
        {
            await _serve.ContinueWith(static _ => { }, TaskScheduler.Default);
        }

        _stop.Dispose();
        _sendGate.Dispose();
    }

    private async Task ServeAsync()
    {
        try
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
            client.NoDelay = true;
            NetworkStream stream = client.GetStream();
            await HandshakeAsync(stream, _stop.Token);
            using WebSocket socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
            _socket.TrySetResult(socket);
            await AnswerRequestsAsync(socket, _stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or SocketException or ObjectDisposedException)
        {
            // The client went away or the benchmark ended.
        }
        finally
        {
            _socket.TrySetCanceled();
            _subscribed.TrySetCanceled();
        }
    }

    private static async Task HandshakeAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var request = new StringBuilder();
        byte[] one = new byte[1];
        while (!request.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0 || request.Length > 8192)
            {
                throw new IOException("loopback streamer: incomplete WebSocket upgrade request");
            }

            request.Append((char)one[0]);
        }

        string key = request.ToString().Split("\r\n")
            .Select(line => line.Split(':', 2))
            .First(parts => parts.Length == 2 && parts[0].Trim().Equals("Sec-WebSocket-Key", StringComparison.OrdinalIgnoreCase))[1].Trim();
#pragma warning disable CA5350 // RFC 6455 fixes SHA-1 for Sec-WebSocket-Accept; it is a handshake check, not security.
        string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + Guid6455)));
#pragma warning restore CA5350
        byte[] response = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n");
        await stream.WriteAsync(response, cancellationToken);
    }

    private async Task AnswerRequestsAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[64 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            int length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage && length < buffer.Length);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            using JsonDocument document = JsonDocument.Parse(buffer.AsMemory(0, length));
            foreach (JsonElement request in document.RootElement.GetProperty("requests").EnumerateArray())
            {
                string service = request.GetProperty("service").GetString()!;
                string command = request.GetProperty("command").GetString()!;
                string id = request.GetProperty("requestid").ToString();
                string msg = command == "LOGIN" ? "server=bench;status=NP" : command + " command succeeded";
                long now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
                string answer = "{\"response\":[{\"service\":\"" + service + "\",\"command\":\"" + command + "\",\"requestid\":\"" + id
                    + "\",\"SchwabClientCorrelId\":\"bench\",\"timestamp\":" + now.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + ",\"content\":{\"code\":0,\"msg\":\"" + msg + "\"}}]}";
                await SendFrameAsync(socket, Encoding.UTF8.GetBytes(answer), cancellationToken);
                if (command == "SUBS" && service == "LEVELONE_OPTIONS")
                {
                    _subscribed.TrySetResult();
                }
            }
        }
    }

    private async Task SendFrameAsync(WebSocket socket, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendGate.Release();
        }
    }
}
