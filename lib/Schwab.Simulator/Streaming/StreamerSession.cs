using System.Net.WebSockets;
using System.Text.Json;
using Schwab.Simulator.Http;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Streaming;

/// <summary>One streamer connection: commands in, acknowledgements, heartbeats and change-only data out.</summary>
internal sealed partial class StreamerSession(SimulatorState state, StreamerServer server, WebSocket socket, int id) : IDisposable
{
    private static readonly string[] s_services = ["LEVELONE_EQUITIES", "LEVELONE_OPTIONS"];
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly Dictionary<string, Subscription> _subs = new(StringComparer.Ordinal);
    private readonly Lock _subsGate = new();
    private readonly CancellationTokenSource _stop = new();
    private DateTimeOffset _connectedAt;
    private DateTimeOffset? _emptySince;
    private volatile bool _loggedIn;
    private volatile bool _closing;

    public int Id { get; } = id;

    public string CloseReason { get; private set; } = "client closed";

    /// <summary>Logged in, and not being closed from this side.</summary>
    public bool Active => _loggedIn && !_closing;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _connectedAt = state.Time.GetUtcNow();
        server.Track(this, true);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        // The timer exists before the first command is read, so a test advancing fake time never races its creation.
        _lastHeartbeat = _connectedAt;
        var ticks = TickLoopAsync(new PeriodicTimer(state.Options.StreamTickInterval, state.Time), linked.Token);
        try
        {
            await ReceiveLoopAsync(cancellationToken);
        }
        catch (WebSocketException)
        {
            // Aborted by a fault, by the client, or by the simulator shutting down.
        }
        finally
        {
            server.Track(this, false);
            await _stop.CancelAsync();
            try
            {
                await ticks;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            await HandleMessageAsync(message.ToArray(), cancellationToken);
            message.SetLength(0);
        }
    }

    private async Task HandleMessageAsync(byte[] text, CancellationToken cancellationToken)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            await SendAsync(StreamJson.Response("ADMIN", "UNKNOWN", "", null, Now, 21, "Bad command formatting"), cancellationToken);
            return;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("requests", out var requests)
                || requests.ValueKind != JsonValueKind.Array)
            {
                await SendAsync(StreamJson.Response("ADMIN", "UNKNOWN", "", null, Now, 21, "Bad command formatting: expected {\"requests\":[…]}"), cancellationToken);
                return;
            }

            foreach (var request in requests.EnumerateArray())
            {
                if (socket.State != WebSocketState.Open)
                {
                    return;
                }

                await HandleRequestAsync(StreamRequest.From(request), cancellationToken);
            }
        }
    }

    private long Now => state.Time.GetUtcNow().ToUnixTimeMilliseconds();

    private void Record(StreamRequest r, int code) =>
        state.Record.Add(new RecordedStreamCommand(state.Time.GetUtcNow(), r.Service, r.Command, r.Keys, r.Fields ?? [], r.RequestId, code));

    private async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Sends a final frame and closes (codes 3, 12, 30 and LOGOUT sever the connection).</summary>
    private async Task CloseAsync(byte[]? frame, string reason, CancellationToken cancellationToken)
    {
        _closing = true;
        server.Release(this);
        CloseReason = reason;
        if (frame is not null)
        {
            await SendAsync(frame, cancellationToken);
        }

        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason.Length > 100 ? reason[..100] : reason, cancellationToken);
            }
        }
        finally
        {
            _sendGate.Release();
        }

        await _stop.CancelAsync();
    }

    public void Dispose()
    {
        _sendGate.Dispose();
        _stop.Dispose();
    }

    public void Abort(string reason)
    {
        _closing = true;
        server.Release(this);
        CloseReason = reason;
        socket.Abort();
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The session already ended.
        }
    }
}
