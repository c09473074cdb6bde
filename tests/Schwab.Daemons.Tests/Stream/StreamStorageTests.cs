using Schwab.Core.Data.Spill;

namespace Schwab.Daemons.Tests.Stream;

public sealed class StreamStorageTests
{
    [Fact]
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

    [Fact]
    public async Task ExecuteAsync_AWholeSession_StreamsFromBeforeTheOpenToAfterTheCloseOnOneConnectionAndStoresExactlyWhatWasServed()
    {
        // Tuesday 2026-03-03 09:20 ET; ten-second ticks make the 6.5-hour session a few thousand steps.
        await using StreamHarness h = await StreamHarness.StartAsync(new DateTimeOffset(2026, 3, 3, 14, 20, 0, TimeSpan.Zero), o => o.StreamTickInterval = TimeSpan.FromSeconds(10));
        await h.ComposeAsync(new Dictionary<string, string?> { ["Stream:Range"] = "10" });
        await h.StartWorkerAsync();

        DateTimeOffset afterClose = new(2026, 3, 3, 21, 10, 0, TimeSpan.Zero); // 16:10 ET, the stream stops at 16:05
        await h.RunForAsync(afterClose - h.Time.GetUtcNow());
        await h.StopWorkerAsync();

        Assert.Equal(1, h.Logins);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 14, 25, 0, TimeSpan.Zero), h.Simulator.Record.StreamCommands[0].Time);
        Assert.Equal(0, h.Simulator.OpenStreamSessions);
        Assert.InRange(h.Simulator.Record.StreamUpdates[^1].Time, new DateTimeOffset(2026, 3, 3, 20, 59, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 21, 5, 0, TimeSpan.Zero));
        Assert.Contains(h.States, s => s.Contains("waiting for session 2026-03-04 09:30 ET", StringComparison.Ordinal));
        Assert.Equal(0, h.Writer.Spilled);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    [Fact]
    public async Task WriterLoop_DatabaseLockedForAMinute_SpillsThenReplaysInReceiveOrder()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        long committedDuring;
        using (h.LockDatabase())
        {
            // The writer waits on the lock in real time (its write runs off the clock's thread, as it must to be abandoned at
            // a stop): once it has failed, a commit in flight when the lock was taken has finished.
            await h.StepUntilAsync(() => h.Writer.Spilled > 0);
            committedDuring = h.Writer.Committed;
            await h.RunForAsync(TimeSpan.FromSeconds(59));
            Assert.True(h.Writer.Spilled > 0, "rows should wait in the spill file while the database is locked");
            Assert.True(new FileInfo(h.Writer.SpillPath!).Length > 0);
            Assert.Equal(committedDuring, h.Writer.Committed);
            Assert.Contains(h.Logs.GetSnapshot(), r => r.Id.Id == 2622);
        }

        await h.StepUntilAsync(() => h.Writer.Spilled == 0);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.Contains(h.Logs.GetSnapshot(), r => r.Id.Id == 2621);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
        Assert.Equal(0, new FileInfo(h.Writer.SpillPath!).Length);
        // Replayed in receive order: per symbol, rows were inserted in sequence order.
        foreach (IGrouping<string, StoredQuotes.Row> symbol in StoredQuotes.Read(h.DatabasePath, "streaming_data", "rowid").GroupBy(r => r.Symbol))
        {
            Assert.Equal(symbol.Select(r => r.Sequence).Order(), symbol.Select(r => r.Sequence));
        }
    }

    [Fact]
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

    [Fact]
    public async Task StopAsync_DatabaseLocked_SpillsEverythingAndTheNextStartReplaysIt()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        using (h.LockDatabase())
        {
            await h.RunForAsync(TimeSpan.FromSeconds(5));
            await h.StopWorkerAsync();
        }

        long received = h.Writer.Received;
        string spill = h.Writer.SpillPath!;
        h.Writer.Dispose();
        using (SpillFile file = SpillFile.Open(spill))
        {
            // Acknowledged at SIGTERM: every received row is either committed or in the spill file.
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
