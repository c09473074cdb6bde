using Schwab.Core.Api.Streaming;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class StreamerReconnectTests
{
    private static readonly int[] s_fields = [0, 1, 2, 3, 8];
    private static readonly string[] s_optionKeys = ["SPXW  251208C06880000", "SPXW  251208P06880000"];

    [Fact]
    public async Task StreamAsync_DropMidMessage_BacksOffReconnectsAndReplaysWithoutLosingOrDuplicating()
    {
        await using var harness = new StreamerHarness();
        int built = 0;
        harness.Sockets.Build = () => new ScriptedWebSocket
        {
            Responder = StreamerResponder.Answer,
            ConnectFailure = Interlocked.Increment(ref built) == 2 ? new StreamerException(StreamerErrorKind.ConnectionFailed, "refused") : null,
        };
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL", "SPY"], s_fields).WaitAsync(TestTimeouts.Guard);
        await harness.Client.SubscribeAsync("LEVELONE_OPTIONS", s_optionKeys, [0, 2, 3, 28]).WaitAsync(TestTimeouts.Guard);
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket first = await harness.Sockets.NextCreatedAsync();
        string[] firstFrames = [await first.NextSentAsync(), await first.NextSentAsync(), await first.NextSentAsync()];

        first.Enqueue(StreamerFrames.AaplFirst);
        first.Enqueue(StreamerFrames.Equity("SPY", 680.1m, 100));
        first.EnqueuePartialThenDrop(StreamerFrames.AaplSecond[..60]);
        LevelOneUpdate aapl1 = await reader.NextAsync();
        LevelOneUpdate spy1 = await reader.NextAsync();

        ScriptedWebSocket refused = await harness.Sockets.NextCreatedAsync();
        TimeSpan backoff = await harness.Time.WaitForTimerAsync(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(4));
        harness.Time.Advance(backoff);
        ScriptedWebSocket second = await harness.Sockets.NextCreatedAsync();
        string[] secondFrames = [await second.NextSentAsync(), await second.NextSentAsync(), await second.NextSentAsync()];
        second.Enqueue(StreamerFrames.AaplSecond);
        LevelOneUpdate aapl2 = await reader.NextAsync();

        Assert.NotNull(refused.ConnectFailure);
        Assert.True(first.Disposed);
        Assert.Equal(["LOGIN", "SUBS", "SUBS"], secondFrames.Select(StreamerFrames.Command));
        Assert.Equal(firstFrames.Skip(1).Select(f => (StreamerFrames.Service(f), StreamerFrames.Parameter(f, "keys"), StreamerFrames.Parameter(f, "fields"))),
            secondFrames.Skip(1).Select(f => (StreamerFrames.Service(f), StreamerFrames.Parameter(f, "keys"), StreamerFrames.Parameter(f, "fields"))));
        Assert.Equal("SPXW  251208C06880000,SPXW  251208P06880000", StreamerFrames.Parameter(secondFrames[2], "keys"));
        Assert.Equal((1L, 1L, 2L), (aapl1.Sequence, spy1.Sequence, aapl2.Sequence));
        Assert.Equal(("AAPL", "SPY", "AAPL"), (aapl1.Key, spy1.Key, aapl2.Key));
        Assert.Equal(233.31m, aapl2.State.Last);
        Assert.Equal(233.22m, aapl2.State.Bid);
        Assert.False(reader.TryRead(out _));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1507);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1508);
    }

    [Fact]
    public async Task StreamAsync_Silence_ReplacesTheConnection()
    {
        await using var harness = new StreamerHarness(new() { ["Streamer:HeartbeatTimeout"] = "00:00:30" });
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_fields).WaitAsync(TestTimeouts.Guard);
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket first = await harness.Sockets.NextCreatedAsync();
        await first.NextSentAsync();
        await first.NextSentAsync();

        await StreamerClientTests.WaitLoggedInAsync(harness.Client);
        await StreamerClientTests.WaitUntilAsync(() => first.IsWaitingForData);
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        ScriptedWebSocket second = await harness.Sockets.NextCreatedAsync();

        Assert.Equal("LOGIN", StreamerFrames.Command(await second.NextSentAsync()));
        Assert.Equal("SUBS", StreamerFrames.Command(await second.NextSentAsync()));
    }

    [Fact]
    public async Task RequestReconnect_WhileStreaming_LogsInAgainAndReplays()
    {
        await using var harness = new StreamerHarness();
        await harness.Client.SubscribeAsync("LEVELONE_EQUITIES", ["AAPL"], s_fields).WaitAsync(TestTimeouts.Guard);
        await using UpdateReader reader = harness.Read();
        ScriptedWebSocket first = await harness.Sockets.NextCreatedAsync();
        await first.NextSentAsync();
        await first.NextSentAsync();
        await StreamerClientTests.WaitLoggedInAsync(harness.Client);

        harness.Client.RequestReconnect("no data for 30 s");
        ScriptedWebSocket second = await harness.Sockets.NextCreatedAsync();

        Assert.Equal("LOGIN", StreamerFrames.Command(await second.NextSentAsync()));
        Assert.Equal("AAPL", StreamerFrames.Parameter(await second.NextSentAsync(), "keys"));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1515);
    }
}
