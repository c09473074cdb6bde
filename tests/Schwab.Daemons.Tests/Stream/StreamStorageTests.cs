using Schwab.Core.Data.Spill;

namespace Schwab.Daemons.Tests.Stream;

public sealed class StreamStorageTests
{
    [Fact(Skip = "Hangs nondeterministically under the shared fake clock (not yet diagnosed); see the streamd report")]
    public async Task ExecuteAsync_TwoMinutesOfSession_StoresExactlyWhatWasServed()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();

        await h.RunForAsync(TimeSpan.FromMinutes(2));
        await h.StopWorkerAsync();

        Assert.Contains(h.Simulator.Record.StreamUpdates, u => u.Service == "LEVELONE_OPTIONS");
        Assert.Equal(0, h.Writer.Spilled);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact(Skip = "Hangs nondeterministically under the shared fake clock (not yet diagnosed); see the streamd report")]
    public async Task WriterLoop_DatabaseDownForAMinute_SpillsThenReplaysInReceiveOrder()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        long committedBefore = h.Writer.Committed;

        h.Database.Down = true;
        await h.RunForAsync(TimeSpan.FromSeconds(60));
        Assert.True(h.Writer.Spilled > 0, "rows should wait in the spill file while the database is down");
        Assert.True(h.Database.FailedOpens > 0);
        Assert.True(new FileInfo(h.Writer.SpillPath!).Length > 0);
        Assert.Equal(committedBefore, h.Writer.Committed);

        h.Database.Down = false;
        await h.StepUntilAsync(() => h.Writer.Spilled == 0);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
        Assert.Equal(0, new FileInfo(h.Writer.SpillPath!).Length);
        // Replayed in receive order: per symbol, rows were inserted in sequence order.
        foreach (IGrouping<string, StoredQuotes.Row> symbol in StoredQuotes.Read(h.DatabasePath, "streaming_data", "rowid").GroupBy(r => r.Symbol))
        {
            Assert.Equal(symbol.Select(r => r.Sequence).Order(), symbol.Select(r => r.Sequence));
        }
    }

    [Fact(Skip = "Hangs nondeterministically under the shared fake clock (not yet diagnosed); see the streamd report")]
    public async Task StopAsync_MidBatch_FlushesEverythingReceivedBeforeExit()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync(new Dictionary<string, string?> { ["Stream:BatchWindow"] = "00:10:00", ["Stream:BatchSize"] = "100000" });
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(20));
        Assert.True(h.Writer.Received > h.Writer.Committed, "rows should be waiting in an open batch");

        await h.StopWorkerAsync();

        Assert.Equal(h.Writer.Received, h.Writer.Committed);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact(Skip = "Hangs nondeterministically under the shared fake clock (not yet diagnosed); see the streamd report")]
    public async Task StopAsync_DatabaseDown_SpillsEverythingAndTheNextStartReplaysIt()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        h.Database.Down = true;
        await h.RunForAsync(TimeSpan.FromSeconds(5));

        await h.StopWorkerAsync();
        long received = h.Writer.Received;
        string spill = h.Writer.SpillPath!;
        h.Writer.Dispose();
        using (SpillFile file = SpillFile.Open(spill))
        {
            // Acknowledged: every received row is either committed or in the spill file.
            Assert.Equal(received, h.Writer.Committed + file.ReadAll().Count);
            Assert.True(file.ReadAll().Count > 0);
        }

        // Restart (a new container, as after SIGTERM or SIGKILL): the spill file is replayed before anything new.
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Writer.Spilled == 0 && h.Writer.Committed > 0);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }
}
