using Schwab.Core.Api.Streaming;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class StreamerResponseCodeTests
{
    private const string Denied = "Login Denied.: token is invalid or has expired.";
    private const string LimitMessage = "You've reached the maximum number of symbols allowed.  (LEVELONE_OPTIONS=3000, DISCARDED=1363)";
    private static readonly int[] s_fields = [0, 2, 3];

    [Fact]
    public async Task StreamAsync_LoginDeniedCode3_RequestsFreshTokenAndLogsInOnNewConnection()
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Enqueue(Answering(login: (id, _) => StreamerFrames.Response("ADMIN", "LOGIN", id, 3, Denied)));
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket denied = await harness.Sockets.NextCreatedAsync();
        await denied.NextSentAsync();

        harness.Time.Advance(await harness.Time.WaitForTimerAsync(d => d <= TimeSpan.FromSeconds(4)));
        ScriptedWebSocket second = await harness.Sockets.NextCreatedAsync();
        string login = await second.NextSentAsync();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);

        Assert.Equal([false, true], harness.Credentials.TokenRequests);
        Assert.Equal("I0.token+2/abc@", StreamerFrames.Parameter(login, "Authorization"));
        Assert.True(denied.Disposed);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1502);
    }

    [Fact]
    public async Task StreamAsync_LoginDeniedAgainWithFreshToken_FailsWithLoginDenied()
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Build = () => Answering(login: (id, _) => StreamerFrames.Response("ADMIN", "LOGIN", id, 3, Denied));
        UpdateReader reader = harness.Read();
        await (await harness.Sockets.NextCreatedAsync()).NextSentAsync();

        harness.Time.Advance(await harness.Time.WaitForTimerAsync(d => d <= TimeSpan.FromSeconds(4)));

        var error = Assert.IsType<StreamerException>(await reader.EndAsync());
        Assert.Equal(StreamerErrorKind.LoginDenied, error.Kind);
        Assert.False(error.IsTransient);
        Assert.Contains("re-authentication", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Sockets.Created.Count);
        await reader.DisposeAsync();
    }

    [Fact]
    public async Task StreamAsync_Code12OnLogin_FailsWithConnectionLimitAndDoesNotReconnect()
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Build = () => Answering(login: (id, _) => StreamerFrames.Response("ADMIN", "LOGIN", id, 12, "Max connections reached"));
        UpdateReader reader = harness.Read();

        var error = Assert.IsType<StreamerException>(await reader.EndAsync());

        Assert.Equal(StreamerErrorKind.ConnectionLimit, error.Kind);
        Assert.Equal(12, error.ResponseCode);
        Assert.StartsWith("Another streamer connection is open for this Schwab login", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Sockets.Created);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1503);
        await reader.DisposeAsync();
    }

    [Fact]
    public async Task StreamAsync_Code12NoticeMidSession_FailsWithConnectionLimit()
    {
        await using var harness = new StreamerHarness();
        UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);

        socket.Enqueue(StreamerFrames.Notice(12, "Max connections reached"));

        Assert.Equal(StreamerErrorKind.ConnectionLimit, Assert.IsType<StreamerException>(await reader.EndAsync()).Kind);
        Assert.Single(harness.Sockets.Created);
        await reader.DisposeAsync();
    }

    [Fact]
    public async Task StreamAsync_Code12NoticeInsteadOfLoginResponse_FailsWithoutRetrying()
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Build = () => Answering(login: (_, _) => StreamerFrames.Notice(12, "Max connections reached"));
        UpdateReader reader = harness.Read();

        Assert.Equal(StreamerErrorKind.ConnectionLimit, Assert.IsType<StreamerException>(await reader.EndAsync()).Kind);
        Assert.Single(harness.Sockets.Created);
        await reader.DisposeAsync();
    }

    [Fact]
    public async Task StreamAsync_Code3NoticeMidSession_ReconnectsWithFreshToken()
    {
        await using var harness = new StreamerHarness();
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket first = await harness.Sockets.NextCreatedAsync();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);

        first.Enqueue(StreamerFrames.Notice(3, Denied));
        ScriptedWebSocket second = await harness.Sockets.NextCreatedAsync();

        Assert.Equal("I0.token+2/abc@", StreamerFrames.Parameter(await second.NextSentAsync(), "Authorization"));
        Assert.Equal([false, true], harness.Credentials.TokenRequests);
    }

    [Fact]
    public async Task SubscribeAsync_Code19_ReportsTrimmedCountAndKeepsStreaming()
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Enqueue(Answering(command: (id, frame) => StreamerFrames.Response(StreamerFrames.Service(frame), "SUBS", id, 19, LimitMessage)));
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);
        StreamerSymbolLimit? raised = null;
        harness.Client.SymbolLimitReached += (_, e) => raised = e.Limit;

        StreamerAck ack = await harness.Client.SubscribeAsync("LEVELONE_OPTIONS", ["SPXW  251208C06880000"], s_fields).WaitAsync(TestTimeouts.Guard);
        socket.Enqueue("""{"data":[{"service":"LEVELONE_OPTIONS","timestamp":1,"content":[{"key":"SPXW  251208C06880000","2":10.2}]}]}""");

        Assert.Equal(10.2m, (await reader.NextAsync()).State.Bid);
        Assert.Equal(19, ack.Code);
        Assert.Equal(new StreamerSymbolLimit("LEVELONE_OPTIONS", 3000, 1363, LimitMessage), ack.SymbolLimit);
        Assert.Equal(1363, raised?.Discarded);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1504 && r.Message.Contains("1363", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StreamAsync_Code30_StopsCleanlyAndCanResumeWithReplay()
    {
        await using var harness = new StreamerHarness();
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_fields).WaitAsync(TestTimeouts.Guard);
        UpdateReader reader = harness.Read();
        ScriptedWebSocket socket = await harness.Sockets.NextCreatedAsync();
        await socket.NextSentAsync();
        await socket.NextSentAsync();

        socket.Enqueue(StreamerFrames.Notice(30, "Stop streaming due to empty subscription"));

        Assert.Null(await reader.EndAsync());
        Assert.Single(harness.Sockets.Created);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1505);
        await reader.DisposeAsync();
        await using UpdateReader resumed = harness.Read();
        ScriptedWebSocket again = await harness.Sockets.NextCreatedAsync();
        Assert.Equal("LOGIN", StreamerFrames.Command(await again.NextSentAsync()));
        Assert.Equal("AAPL", StreamerFrames.Parameter(await again.NextSentAsync(), "keys"));
    }

    [Fact]
    public async Task SubscribeAsync_NoAck_TimesOutAndReplacesConnection()
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Enqueue(Answering(command: (_, _) => null));
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket silent = await harness.Sockets.NextCreatedAsync();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);

        Task<StreamerAck> subscribe = harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_fields);
        await harness.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(5));
        harness.Time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<StreamerException>(() => subscribe.WaitAsync(TestTimeouts.Guard));
        Assert.Equal(StreamerErrorKind.Timeout, error.Kind);
        ScriptedWebSocket second = await harness.Sockets.NextCreatedAsync();
        Assert.Equal("LOGIN", StreamerFrames.Command(await second.NextSentAsync()));
        Assert.Equal("AAPL", StreamerFrames.Parameter(await second.NextSentAsync(), "keys"));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1510);
    }

    [Theory]
    [InlineData(11, StreamerErrorKind.ServiceUnavailable)]
    [InlineData(21, StreamerErrorKind.CommandFailed)]
    [InlineData(24, StreamerErrorKind.CommandFailed)]
    [InlineData(9, StreamerErrorKind.UnknownFailure)]
    public async Task AddAsync_FailureCode_ThrowsTypedErrorAndRevertsDesiredState(int code, StreamerErrorKind kind)
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Enqueue(Answering(command: (id, frame) => StreamerFrames.Command(frame) == "ADD"
            ? StreamerFrames.Response(StreamerFrames.Service(frame), "ADD", id, code, "ADD command failed")
            : StreamerResponder.Answer(frame).Single()));
        await using UpdateReader reader = harness.Read();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_fields).WaitAsync(TestTimeouts.Guard);

        var error = await Assert.ThrowsAsync<StreamerException>(() => harness.Client.AddAsync("LEVELONE_EQUITIES", ["SPY"], s_fields).WaitAsync(TestTimeouts.Guard));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.ResponseCode);
        Assert.Contains("LEVELONE_EQUITIES", error.Message, StringComparison.Ordinal);
        Assert.Equal(["AAPL"], Assert.Single(harness.Client.Subscriptions).Keys.ToArray());
        Assert.True(harness.Client.IsLoggedIn);
    }

    [Fact]
    public async Task AddAsync_Code20_LogsInAgainAndReplaysTheAddedKeys()
    {
        await using var harness = new StreamerHarness();
        harness.Sockets.Enqueue(Answering(command: (id, frame) => StreamerFrames.Response(StreamerFrames.Service(frame), "ADD", id, 20, "Stream connection not found")));
        await using UpdateReader reader = harness.Read();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);

        StreamerAck ack = await harness.Client.AddAsync("LEVELONE_EQUITIES", ["SPY"], s_fields).WaitAsync(TestTimeouts.Guard);
        ScriptedWebSocket first = await harness.Sockets.NextCreatedAsync();
        ScriptedWebSocket second = await harness.Sockets.NextCreatedAsync();

        Assert.True(ack.Deferred);
        Assert.Equal("ADD", StreamerFrames.Command(first.Sent[^1]));
        Assert.Equal("LOGIN", StreamerFrames.Command(await second.NextSentAsync()));
        string replay = await second.NextSentAsync();
        Assert.Equal(("SUBS", "SPY"), (StreamerFrames.Command(replay), StreamerFrames.Parameter(replay, "keys")));
    }

    [Fact]
    public async Task SubscribeAsync_OverConfiguredCap_ThrowsWithoutSending()
    {
        await using var harness = new StreamerHarness(new() { ["Streamer:ServiceCaps:LEVELONE_EQUITIES"] = "2" });

        var error = await Assert.ThrowsAsync<StreamerException>(() => harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["A", "B", "C"], s_fields).WaitAsync(TestTimeouts.Guard));

        Assert.Equal(StreamerErrorKind.SymbolLimit, error.Kind);
        Assert.Contains("3 keys exceed the cap of 2", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Client.Subscriptions);
    }

    private static ScriptedWebSocket Answering(Func<string, string, string?>? login = null, Func<string, string, string?>? command = null) => new()
    {
        Responder = frame =>
        {
            string id = StreamerFrames.RequestId(frame);
            bool isLogin = StreamerFrames.Command(frame) == "LOGIN";
            Func<string, string, string?>? custom = isLogin ? login : command;
            if (custom is null)
            {
                return StreamerResponder.Answer(frame);
            }

            string? reply = custom(id, frame);
            return reply is null ? [] : [reply];
        },
    };
}
