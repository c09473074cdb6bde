using Schwab.Core.Api.Streaming;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class StreamerClientTests
{
    private static readonly int[] s_equityFields = [0, 1, 2, 3, 8];

    [Fact]
    public async Task StreamAsync_Login_IsSentFirstAndNothingElseBeforeItsResponse()
    {
        await using var harness = new StreamerHarness();
        StreamerAck pending = await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL", "$SPX"], s_equityFields).WaitAsync(TestTimeouts.Guard);
        ScriptedWebSocket socket = harness.Sockets.Enqueue(new ScriptedWebSocket());
        await using UpdateReader reader = harness.Read();

        string login = await socket.NextSentAsync();
        await Task.Yield();

        Assert.True(pending.Deferred);
        Assert.Equal("LOGIN", StreamerFrames.Command(login));
        Assert.Single(socket.Sent);
        socket.Enqueue(StreamerFrames.LoginOk(StreamerFrames.RequestId(login)));
        string subs = await socket.NextSentAsync();
        Assert.Equal("SUBS", StreamerFrames.Command(subs));
        Assert.Equal("AAPL,$SPX", StreamerFrames.Parameter(subs, "keys"));
    }

    [Fact]
    public async Task StreamAsync_LoginPayload_CarriesRawTokenAndStreamerInfo()
    {
        await using var harness = new StreamerHarness();
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();

        var login = StreamerFrames.Request(await socket.NextSentAsync());

        Assert.Equal(harness.Credentials.Credentials.SocketUrl, socket.ConnectedTo);
        Assert.Equal("1", login.GetProperty("requestid").GetString());
        Assert.Equal("ADMIN", login.GetProperty("service").GetString());
        Assert.Equal(FakeStreamerCredentials.CustomerId, login.GetProperty("SchwabClientCustomerId").GetString());
        Assert.Equal(StreamerFrames.CorrelId, login.GetProperty("SchwabClientCorrelId").GetString());
        Assert.Equal("I0.token+1/abc@", login.GetProperty("parameters").GetProperty("Authorization").GetString());
        Assert.Equal("N9", login.GetProperty("parameters").GetProperty("SchwabClientChannel").GetString());
        Assert.Equal("APIAPP", login.GetProperty("parameters").GetProperty("SchwabClientFunctionId").GetString());
    }

    [Fact]
    public async Task Commands_OnOpenConnection_SendSchwabPayloadsWithEchoedIdsAndSameClientIds()
    {
        await using var harness = new StreamerHarness();
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
        await socket.NextSentAsync(); // LOGIN
        await WaitLoggedInAsync(harness.Client);

        StreamerAck subs = await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL", "$SPX"], [8, 3, 2, 1]).WaitAsync(TestTimeouts.Guard);
        StreamerAck add = await harness.Client.AddAsync("LEVELONE_EQUITIES", ["SPY"], [1, 2, 3, 8]).WaitAsync(TestTimeouts.Guard);
        StreamerAck unsubs = await harness.Client.UnsubscribeAsync("LEVELONE_EQUITIES", ["AAPL"]).WaitAsync(TestTimeouts.Guard);
        StreamerAck view = await harness.Client.ViewAsync("LEVELONE_EQUITIES", [1, 2]).WaitAsync(TestTimeouts.Guard);

        string[] frames = [.. socket.Sent.Skip(1)];
        Assert.Equal(["SUBS", "ADD", "UNSUBS", "VIEW"], frames.Select(StreamerFrames.Command));
        Assert.Equal(["2", "3", "4", "5"], frames.Select(StreamerFrames.RequestId));
        Assert.All(frames, f => Assert.Equal(FakeStreamerCredentials.CustomerId, StreamerFrames.Request(f).GetProperty("SchwabClientCustomerId").GetString()));
        Assert.All(frames, f => Assert.Equal(StreamerFrames.CorrelId, StreamerFrames.Request(f).GetProperty("SchwabClientCorrelId").GetString()));
        Assert.Equal("AAPL,$SPX", StreamerFrames.Parameter(frames[0], "keys"));
        Assert.Equal("0,1,2,3,8", StreamerFrames.Parameter(frames[0], "fields"));
        Assert.Equal("SPY", StreamerFrames.Parameter(frames[1], "keys"));
        Assert.Equal("0,1,2,3,8", StreamerFrames.Parameter(frames[1], "fields"));
        Assert.Equal("AAPL", StreamerFrames.Parameter(frames[2], "keys"));
        Assert.False(StreamerFrames.Request(frames[2]).GetProperty("parameters").TryGetProperty("fields", out _));
        Assert.Equal("0,1,2", StreamerFrames.Parameter(frames[3], "fields"));
        Assert.All([subs, add, unsubs, view], a => Assert.Equal(0, a.Code));
        StreamerSubscription desired = Assert.Single(harness.Client.Subscriptions);
        Assert.Equal(["$SPX", "SPY"], desired.Keys.ToArray());
        Assert.Equal([0, 1, 2], desired.Fields.ToArray());
    }

    [Fact]
    public async Task StreamAsync_DataFrames_YieldMergedUpdatesAndTrackHeartbeats()
    {
        await using var harness = new StreamerHarness();
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_equityFields).WaitAsync(TestTimeouts.Guard);
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
        await socket.NextSentAsync();
        await socket.NextSentAsync(); // SUBS replay

        DateTimeOffset heardAt = harness.Time.GetUtcNow();
        socket.Enqueue(StreamerFrames.AaplFirst);
        LevelOneUpdate first = await reader.NextAsync();
        socket.Enqueue(StreamerFrames.Heartbeat());
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        socket.Enqueue(StreamerFrames.AaplSecond);
        LevelOneUpdate second = await reader.NextAsync();

        Assert.Equal(1, first.Sequence);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(heardAt, first.ReceivedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1755118706289), second.ServerTime);
        Assert.Equal(233.31m, second.State.Last);
        Assert.Equal(heardAt.AddSeconds(2), second.ReceivedAt);
        Assert.Equal(second.ReceivedAt, harness.Client.LastDataAt);
        Assert.NotNull(harness.Client.LastHeardAt);
        Assert.Equal("NP", harness.Client.Entitlement);
    }

    [Fact]
    public async Task StreamAsync_AnyLogLevel_NeverLogsTheAccessToken()
    {
        await using var harness = new StreamerHarness();
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_equityFields).WaitAsync(TestTimeouts.Guard);
        await using (UpdateReader reader = harness.Read())
        {
            ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
            await socket.NextSentAsync();
            await socket.NextSentAsync();
            socket.Enqueue(StreamerFrames.AaplFirst);
            await reader.NextAsync();
        }

        Assert.NotEmpty(harness.Logs.GetSnapshot());
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Message.Contains("token+", StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains("token+", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task LogoutAsync_WhileStreaming_EndsTheStreamNormally()
    {
        await using var harness = new StreamerHarness();
        UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
        await socket.NextSentAsync();
        await WaitLoggedInAsync(harness.Client);

        await harness.Client.LogoutAsync().WaitAsync(TestTimeouts.Guard);

        Assert.Null(await reader.EndAsync());
        Assert.Equal("LOGOUT", StreamerFrames.Command(socket.Sent[^1]));
        Assert.True(socket.ClosedByClient);
        Assert.Single(harness.Sockets.Created);
        await reader.DisposeAsync();
    }

    [Fact]
    public async Task StreamAsync_OtherServiceData_IsIgnoredAndLevelOneStillFlows()
    {
        await using var harness = new StreamerHarness();
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
        await WaitLoggedInAsync(harness.Client);

        socket.Enqueue("""{"data":[{"service":"CHART_EQUITY","timestamp":1765307221991,"command":"SUBS","content":[{"seq":202,"key":"AMD","1":425,"2":221.133}]}]}""");
        socket.Enqueue("not json");
        socket.Enqueue(StreamerFrames.AaplFirst);

        Assert.Equal("AAPL", (await reader.NextAsync()).Key);
        Assert.False(reader.TryRead(out _));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1513);
    }

    [Fact]
    public async Task Commands_BadArguments_FailWithClearMessages()
    {
        await using var harness = new StreamerHarness();

        var noKeys = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SubscribeAsync("LEVELONE_EQUITIES", [], s_equityFields));
        var comma = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.AddAsync("LEVELONE_EQUITIES", ["A,B"], s_equityFields));
        var view = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.ViewAsync("LEVELONE_OPTIONS", [1]));

        Assert.StartsWith("LEVELONE_EQUITIES: at least one key is required", noKeys.Message, StringComparison.Ordinal);
        Assert.StartsWith("Streamer key 'A,B' is empty or contains a comma", comma.Message, StringComparison.Ordinal);
        Assert.Equal("VIEW LEVELONE_OPTIONS: the service has no subscription", view.Message);
    }

    internal static Task WaitLoggedInAsync(StreamerClient client) => WaitUntilAsync(() => client.IsLoggedIn);

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var guard = new CancellationTokenSource(TestTimeouts.Guard);
        while (!condition())
        {
            guard.Token.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }
}
