using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Domain;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Recording;

namespace Schwab.Core.Tests.EndToEnd;

/// <summary>The streamer client against the simulator's WebSocket on 127.0.0.1: LOGIN, SUBS, ADD, UNSUBS, merged level-one state, and stream faults.</summary>
public sealed class StreamerEndToEndTests
{
    private static readonly int[] s_equityFields = [0, 1, 2, 3, 4, 5, 8];
    private static readonly int[] s_optionFields = [0, 2, 3, 4, 28, 29];

    private static async Task<string[]> OptionSymbolsAsync(EndToEndHost host, int count)
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        DateOnly today = Schwab.Core.Time.MarketClock.ExchangeDate(TimeProvider.System.GetUtcNow());
        OptionChain chain = await EndToEndHost.Client(scope).MarketData.GetOptionChainAsync(
            new OptionChainRequest { Symbol = "$SPX", StrikeCount = 4, FromDate = today, ToDate = today.AddDays(7) });
        return [.. chain.Contracts.Select(c => c.Symbol).Take(count)];
    }

    private static decimal? Served(RecordedStreamUpdate update, int field) =>
        update.State.TryGetValue(field, out object? value) ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : null;

    [Fact]
    public async Task Streamer_SubsAddUnsubs_RecordedAtTheSimulatorAndMergedStateEqualsServedState()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync();
        string[] options = await OptionSymbolsAsync(host, 3);
        StreamerClient streamer = host.Streamer;

        await streamer.SubscribeAsync("LEVELONE_EQUITIES", ["$SPX"], s_equityFields);
        await streamer.SubscribeAsync("LEVELONE_OPTIONS", options[..2], s_optionFields);
        await using var stream = new BackgroundStream(streamer);
        await stream.WaitAsync(u => u.Any(x => x.Key == "$SPX") && u.Any(x => x.Key == options[0]));

        // On the open connection: ADD and UNSUBS, no new LOGIN.
        await streamer.AddAsync("LEVELONE_OPTIONS", [options[2]], s_optionFields);
        await streamer.UnsubscribeAsync("LEVELONE_OPTIONS", [options[0]]);
        await stream.WaitAsync(u => u.Count(x => x.Key == "$SPX") >= 10 && u.Any(x => x.Key == options[2]));
        IReadOnlyList<LevelOneUpdate> updates = stream.Updates;

        string[] commands = [.. host.Simulator.Record.StreamCommands.Select(c => c.Command)];
        Assert.Equal(["LOGIN", "SUBS", "SUBS", "ADD", "UNSUBS"], commands);
        Assert.Contains(updates, u => u.Key == options[2]);

        // The n-th update of $SPX the client merged equals the n-th state the simulator recorded for $SPX.
        RecordedStreamUpdate[] served = [.. host.Simulator.Record.StreamUpdates.Where(u => u.Key == "$SPX")];
        LevelOneUpdate[] received = [.. updates.Where(u => u.Key == "$SPX")];
        for (int i = 0; i < received.Length; i++)
        {
            Assert.Equal(Served(served[i], 1), received[i].State.Bid);
            Assert.Equal(Served(served[i], 2), received[i].State.Ask);
            Assert.Equal(Served(served[i], 3), received[i].State.Last);
        }
    }

    [Fact]
    public async Task Streamer_DroppedMidMessage_ReconnectsLogsInAgainAndReplaysSubscriptions()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync(settings: new Dictionary<string, string?> { ["Streamer:BackoffBase"] = "00:00:00.050" });
        StreamerClient streamer = host.Streamer;
        await streamer.SubscribeAsync("LEVELONE_EQUITIES", ["$SPX"], s_equityFields);
        await using var stream = new BackgroundStream(streamer);
        await stream.WaitAsync(u => u.Count >= 2);

        host.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.DropMidMessage });
        int before = stream.Updates.Count;
        await stream.WaitAsync(u => host.Simulator.Record.StreamCommands.Count(c => c.Command == "LOGIN") >= 2 && u.Count >= before + 3);

        RecordedStreamCommand[] commands = [.. host.Simulator.Record.StreamCommands];
        Assert.Equal(2, commands.Count(c => c.Command == "LOGIN"));
        RecordedStreamCommand replay = commands.Last(c => c.Command == "SUBS");
        Assert.Equal(["$SPX"], replay.Keys);
        Assert.True(commands.ToList().IndexOf(replay) > commands.ToList().FindLastIndex(c => c.Command == "LOGIN"));
    }

    [Fact]
    public async Task Streamer_Code12_ClearErrorThatAnotherConnectionIsOpen()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync();
        StreamerClient streamer = host.Streamer;
        await streamer.SubscribeAsync("LEVELONE_EQUITIES", ["$SPX"], s_equityFields);
        await using var stream = new BackgroundStream(streamer);
        await stream.WaitAsync(u => u.Count >= 1);

        host.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.SendCode, Code = 12 });
        var ex = await Assert.ThrowsAsync<StreamerException>(() => stream.WaitAsync(_ => false));

        Assert.Equal(StreamerErrorKind.ConnectionLimit, ex.Kind);
        Assert.Contains("another streamer connection", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Streamer_Code3_FreshTokenReadAndNewLogin()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync(settings: new Dictionary<string, string?> { ["Streamer:BackoffBase"] = "00:00:00.050" });
        StreamerClient streamer = host.Streamer;
        await streamer.SubscribeAsync("LEVELONE_EQUITIES", ["$SPX"], s_equityFields);
        await using var stream = new BackgroundStream(streamer);
        await stream.WaitAsync(u => u.Count >= 1);

        host.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.SendCode, Code = 3 });
        int before = stream.Updates.Count;
        await stream.WaitAsync(u => host.Simulator.Record.StreamCommands.Count(c => c.Command == "LOGIN") >= 2 && u.Count > before);

        Assert.Equal(2, host.Simulator.Record.StreamCommands.Count(c => c.Command == "LOGIN" && c.ResponseCode == 0));
    }
}
