using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Schwab.Core.Api.Streaming;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class ClientWebSocketConnectionTests
{
    private static readonly int[] s_fields = [0, 1, 2, 3, 4, 5, 8, 10];

    [Fact]
    public async Task StreamerClient_OverRealLoopbackWebSocket_LogsInSubscribesAndMergesFragmentedData()
    {
        var received = Channel.CreateUnbounded<string>();
        await using LoopbackStreamerServer server = await LoopbackStreamerServer.StartAsync(async (context, socket) =>
        {
            CancellationToken ct = context.RequestAborted;
            while (await LoopbackStreamerServer.ReceiveTextAsync(socket, ct) is string frame)
            {
                received.Writer.TryWrite(frame);
                foreach (string reply in StreamerResponder.Answer(frame))
                {
                    await LoopbackStreamerServer.SendTextAsync(socket, reply, ct);
                }

                switch (StreamerFrames.Command(frame))
                {
                    case "SUBS":
                        await LoopbackStreamerServer.SendTextAsync(socket, StreamerFrames.Heartbeat(), ct);
                        await LoopbackStreamerServer.SendFragmentedAsync(socket, StreamerFrames.AaplFirst, 4, ct);
                        await LoopbackStreamerServer.SendFragmentedAsync(socket, StreamerFrames.AaplSecond, 3, ct);
                        break;
                    case "LOGOUT":
                        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "logged out", ct);
                        return;
                }
            }
        });
        await using var harness = new StreamerHarness(realSockets: true);
        harness.Credentials.SocketUrl = server.Uri;
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_fields).WaitAsync(TestTimeouts.Guard);
        UpdateReader reader = harness.Read();

        LevelOneUpdate first = await reader.NextAsync();
        LevelOneUpdate second = await reader.NextAsync();
        await harness.Client.LogoutAsync().WaitAsync(TestTimeouts.Guard);

        Assert.Null(await reader.EndAsync());
        Assert.Equal((233.3m, 233.31m), (first.State.Last, second.State.Last));
        Assert.Equal(233.22m, second.State.Bid);
        Assert.Equal(69783236L, second.State.TotalVolume);
        Assert.Equal(2, second.Sequence);
        string login = await received.Reader.ReadAsync();
        string subs = await received.Reader.ReadAsync();
        Assert.Equal("LOGIN", StreamerFrames.Command(login));
        Assert.Equal("I0.token+1/abc@", StreamerFrames.Parameter(login, "Authorization"));
        Assert.Equal(("SUBS", "AAPL", "0,1,2,3,4,5,8,10"), (StreamerFrames.Command(subs), StreamerFrames.Parameter(subs, "keys"), StreamerFrames.Parameter(subs, "fields")));
        Assert.Equal("LOGOUT", StreamerFrames.Command(await received.Reader.ReadAsync()));
        await reader.DisposeAsync();
    }

    [Fact]
    public async Task ReceiveMessageAsync_ServerDropsMidMessage_ThrowsConnectionLost()
    {
        await using LoopbackStreamerServer server = await LoopbackStreamerServer.StartAsync(async (context, socket) =>
        {
            // Wait for the client's first frame so the handshake has surely completed before the abort.
            await LoopbackStreamerServer.ReceiveTextAsync(socket, context.RequestAborted);
            await socket.SendAsync(Encoding.UTF8.GetBytes("""{"data":[{"service":"""), WebSocketMessageType.Text, endOfMessage: false, context.RequestAborted);

            // Returning ends the TCP connection without a close handshake (an abort would also discard the fragment).
        });
        await using var connection = new ClientWebSocketConnection(TimeSpan.FromSeconds(20));
        await connection.ConnectAsync(server.Uri, CancellationToken.None);
        await connection.SendTextAsync(Encoding.UTF8.GetBytes("{}"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<StreamerException>(async () => await connection.ReceiveMessageAsync(Guarded()));

        Assert.Equal(StreamerErrorKind.ConnectionLost, error.Kind);
        Assert.Contains("middle of a message", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveMessageAsync_ServerClosesNormally_ReturnsNullAfterWholeMessages()
    {
        await using LoopbackStreamerServer server = await LoopbackStreamerServer.StartAsync(async (context, socket) =>
        {
            await LoopbackStreamerServer.SendFragmentedAsync(socket, new string('x', 40_000), 5, context.RequestAborted);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", context.RequestAborted);
        });
        await using var connection = new ClientWebSocketConnection(TimeSpan.FromSeconds(20));
        await connection.ConnectAsync(server.Uri, CancellationToken.None);

        ReadOnlyMemory<byte>? message = await connection.ReceiveMessageAsync(Guarded());
        ReadOnlyMemory<byte>? end = await connection.ReceiveMessageAsync(Guarded());

        Assert.Equal(40_000, message?.Length);
        Assert.Null(end);
    }

    [Fact]
    public async Task ReceiveMessageAsync_ServerClosesWithError_ThrowsWithStatus()
    {
        await using LoopbackStreamerServer server = await LoopbackStreamerServer.StartAsync(
            (context, socket) => socket.CloseAsync(WebSocketCloseStatus.InternalServerError, "overloaded", context.RequestAborted));
        await using var connection = new ClientWebSocketConnection(TimeSpan.FromSeconds(20));
        await connection.ConnectAsync(server.Uri, CancellationToken.None);

        var error = await Assert.ThrowsAsync<StreamerException>(async () => await connection.ReceiveMessageAsync(Guarded()));

        Assert.Equal(StreamerErrorKind.ConnectionLost, error.Kind);
        Assert.Contains("1011", error.Message, StringComparison.Ordinal);
        Assert.Contains("overloaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsConnectionFailed()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var connection = new ClientWebSocketConnection(TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<StreamerException>(() => connection.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/ws"), Guarded()));

        Assert.Equal(StreamerErrorKind.ConnectionFailed, error.Kind);
        Assert.True(error.IsTransient);
    }

    private static CancellationToken Guarded() => new CancellationTokenSource(TestTimeouts.Guard).Token;
}
