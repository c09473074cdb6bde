using Schwab.Simulator.Faults;

namespace Schwab.Daemons.Tests.Stream;

public sealed class StreamFaultTests
{
    [Fact]
    public async Task ExecuteAsync_ConnectionDroppedEvery20Seconds_ReconnectsAndStoresExactlyWhatWasServed()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        h.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.DropEvery, Every = TimeSpan.FromSeconds(20) });
        await h.ComposeAsync();
        await h.StartWorkerAsync();

        await h.StepUntilAsync(() => h.Logins >= 4);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task ExecuteAsync_LoginDeniedCode3_LogsInAgainWithAFreshToken()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Worker.Window is not null);

        h.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.SendCode, Code = 3 });
        await h.StepUntilAsync(() => h.Logins == 2 && h.Client.IsLoggedIn);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.Equal([false, true], h.Credentials.TokenRequests);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task ExecuteAsync_AnotherConnectionCode12_ReportsItOnceAndRetriesAfterTheBackOff()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Worker.Window is not null);

        h.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.SendCode, Code = 12 });
        await h.StepUntilAsync(() => h.Logs.GetSnapshot().Any(r => r.Id.Id == 2607));
        DateTimeOffset reported = h.Time.GetUtcNow();
        await h.StepUntilAsync(() => h.Logins == 2 && h.Client.IsLoggedIn);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2607);
        int problem = h.States.ToList().FindIndex(s => s.Contains("another streamer connection holds this Schwab login (code 12", StringComparison.Ordinal));
        Assert.True(problem >= 0, string.Join('\n', h.States));
        Assert.Contains(h.States.Skip(problem + 1), s => s.Contains("STATUS=streaming", StringComparison.Ordinal));
        DateTimeOffset secondLogin = h.Simulator.Record.StreamCommands.Where(c => c.Command == "LOGIN").ElementAt(1).Time;
        Assert.True(secondLogin - reported >= TimeSpan.FromSeconds(3.5), $"retried after {secondLogin - reported}");
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task ExecuteAsync_SymbolLimitCode19_TrimsTheWindowToTheLimitAndReportsIt()
    {
        await using StreamHarness h = await StreamHarness.StartAsync(configure: o => o.SymbolCaps["LEVELONE_OPTIONS"] = 10);
        await h.ComposeAsync();
        await h.StartWorkerAsync();

        await h.StepUntilAsync(() => h.Worker.Window is { Keys.Count: 10 });
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2610);
        Assert.Equal(1, h.Logins);
        Assert.True(h.Simulator.Record.StreamUpdates.Where(u => u.Service == "LEVELONE_OPTIONS").Select(u => u.Key).Distinct().Count() <= 10);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task ExecuteAsync_StopStreamingCode30_StopsCleanlyAndResumes()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Worker.Window is not null);

        h.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.SendCode, Code = 30 });
        await h.StepUntilAsync(() => h.Logins == 2 && h.Client.IsLoggedIn);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2609);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task MonitorLoop_NoDataFor30Seconds_Reconnects()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Worker.Window is not null);

        h.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.StopData });
        await h.StepUntilAsync(() => h.Logins == 2);
        h.Simulator.Faults.Clear();
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.True(h.Logs.GetSnapshot().Count(r => r.Id.Id == 2606) == 1, h.Describe(80));
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }
}
