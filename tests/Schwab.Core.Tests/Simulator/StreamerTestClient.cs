using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Schwab.Core.Tests.Simulator;

/// <summary>A plain ClientWebSocket speaking the streamer protocol, with a guard timeout on every receive.</summary>
internal sealed class StreamerTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private int _requestId;

    public WebSocket Socket => _socket;

    public static async Task<StreamerTestClient> ConnectAsync(SimulatorHost host)
    {
        var client = new StreamerTestClient();
        await client._socket.ConnectAsync(host.Simulator.StreamerUrl, CancellationToken.None);
        return client;
    }

    public Task SendAsync(string service, string command, string parameters) =>
        SendRawAsync($$"""{"requests":[{"requestid":{{++_requestId}},"service":"{{service}}","command":"{{command}}","SchwabClientCustomerId":"c","SchwabClientCorrelId":"corr-1","parameters":{{parameters}}}]}""");

    public Task LoginAsync(string token) => SendAsync("ADMIN", "LOGIN", $$"""{"Authorization":"{{token}}","SchwabClientChannel":"N9","SchwabClientFunctionId":"APIAPP"}""");

    public Task SendRawAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next frame, or null when the server closed the socket.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, guard.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }

    /// <summary>The next frame with the given top-level key, skipping others (heartbeats, data).</summary>
    public async Task<JsonElement> ReceiveKindAsync(string kind)
    {
        while (true)
        {
            var frame = await ReceiveAsync() ?? throw new InvalidOperationException($"socket closed while waiting for {kind}");
            if (frame.TryGetProperty(kind, out var items))
            {
                return items[0];
            }
        }
    }

    /// <summary>Advances fake time step by step until a data frame for the service arrives.</summary>
    public async Task<JsonElement> NextDataAsync(SimulatorHost host, string service, TimeSpan step)
    {
        for (int i = 0; i < 50; i++)
        {
            host.Time.Advance(step);
            var frame = await ReceiveAsync() ?? throw new InvalidOperationException("socket closed while waiting for data");
            if (frame.TryGetProperty("data", out var data) && data[0].GetProperty("service").GetString() == service)
            {
                return data[0];
            }
        }

        throw new InvalidOperationException("no data frame for " + service);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", guard.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
