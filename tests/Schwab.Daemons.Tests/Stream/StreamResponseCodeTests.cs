using System.Net.WebSockets;
using System.Text;
using Schwab.Daemons.Stream;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Recording;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>Codes 12 (held by another program), 20 and 21 (schwab-api.md §4.4); 3, 12, 19 and 30 are in <see cref="StreamFaultTests"/>.</summary>
public sealed class StreamResponseCodeTests
{
    [Fact]
    public async Task ExecuteAsync_ConnectionNotFoundCode20_LogsInAgainAndStoresExactlyWhatWasServed()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Worker.Window is not null);

        h.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.SendCode, Code = 20 });
        await h.StepUntilAsync(() => h.Logins == 2 && h.Client.IsLoggedIn);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.Contains(h.Logs.GetSnapshot(), r => r.Id.Id == 1506 && r.Message.Contains("code 20", StringComparison.Ordinal));
        Assert.Equal([false, false], h.Credentials.TokenRequests); // a new LOGIN, no token refresh: the token was fine
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task RecentreLoop_AddRefusedCode21_ReportsItKeepsTheConnectionAndRetriesOnTheNextSpot()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Worker.Window is not null && h.Simulator.Record.StreamUpdates.Any(u => u.Service == "LEVELONE_OPTIONS"));
        OptionWindow before = h.Worker.Window!;

        h.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.RejectCommand, Code = 21 });
        h.Simulator.Market.SetPriceOffset("$SPX", StreamSubscriptionTests.DriftOf30(h, before));
        await h.StepUntilAsync(() => h.Worker.Window != before);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        OptionWindow after = h.Worker.Window!;
        await h.StopWorkerAsync();

        RecordedStreamCommand[] adds = [.. h.Simulator.Record.StreamCommands.Where(c => c.Command == "ADD")];
        Assert.Equal([21, 0], adds.Select(c => c.ResponseCode));
        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2605 && r.Message.Contains("code 21", StringComparison.Ordinal));
        Assert.Equal(1, h.Logins);
        Assert.True(after.Centre - before.Centre >= 30m, $"centre moved from {before.Centre} to {after.Centre}");
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task ExecuteAsync_AnotherProgramHoldsTheLogin_SaysSoInLogAndStatusThenConnectsOnceItIsFree()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        using var other = new ClientWebSocket();
        await other.ConnectAsync(h.Simulator.StreamerUrl, CancellationToken.None).WaitAsync(TestTimeouts.Guard);
        (string access, _) = h.Simulator.IssueTokens();
        string login = $$$"""{"requests":[{"requestid":"1","service":"ADMIN","command":"LOGIN","SchwabClientCustomerId":"x","SchwabClientCorrelId":"y","parameters":{"Authorization":"{{{access}}}","SchwabClientChannel":"N9","SchwabClientFunctionId":"APIAPP"}}]}""";
        await other.SendAsync(Encoding.UTF8.GetBytes(login), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(TestTimeouts.Guard);
        string answer = await ReceiveTextAsync(other);
        Assert.Contains("\"code\":0", answer, StringComparison.Ordinal);
        h.ForeignSessions = 1;

        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Logs.GetSnapshot().Any(r => r.Id.Id == 2607));
        Assert.Contains(h.States, s => s.Contains("another streamer connection holds this Schwab login (code 12", StringComparison.Ordinal));
        Assert.Contains(h.Simulator.Record.StreamCommands, c => c.Command == "LOGIN" && c.ResponseCode == 12);
        Assert.False(h.Client.IsLoggedIn);

        other.Abort(); // the other program exits
        h.ForeignSessions = 0;
        await h.StepUntilAsync(() => h.Client.IsLoggedIn && h.Simulator.Record.StreamUpdates.Any(u => u.Service == "LEVELONE_OPTIONS"));
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.Contains(h.States.SkipWhile(s => !s.Contains("(code 12", StringComparison.Ordinal)), s => s.StartsWith("STATUS=streaming", StringComparison.Ordinal));
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(TestTimeouts.Guard);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
            {
                return text.ToString();
            }
        }
    }
}
