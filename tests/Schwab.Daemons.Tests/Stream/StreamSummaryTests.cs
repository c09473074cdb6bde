using Microsoft.Extensions.Logging.Testing;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>Counts that add up: the closing summary and STATUS give received = committed + waiting (+ lost), always (issue 13).</summary>
public sealed class StreamSummaryTests
{
    [Fact]
    public async Task StopAsync_NormalStopMidBatch_SummaryAddsUp()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync(new Dictionary<string, string?> { ["Stream:BatchWindow"] = "00:10:00", ["Stream:BatchSize"] = "100000" });
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        Assert.True(h.Writer.Received > h.Writer.Committed, "rows should be waiting in an open batch");

        await h.StopWorkerAsync();

        (long received, long committed, long spilled, long lost) = AssertSummaryAddsUp(h);
        Assert.Equal((h.Simulator.Record.StreamUpdates.Count, received, 0L, 0L), ((int)received, committed, spilled, lost));
    }

    [Fact]
    public async Task StopAsync_DuringADatabaseOutage_SummaryCountsTheRowsTheFinalFlushSpilled()
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

        (long received, long committed, long spilled, _) = AssertSummaryAddsUp(h);
        Assert.True(spilled > 0 && committed > 0, $"{received} received, {committed} committed, {spilled} spilled");
    }

    [Fact]
    public async Task StopAsync_AfterSpillingAndReplaying_SummaryAddsUp()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        using (h.LockDatabase())
        {
            await h.StepUntilAsync(() => h.Writer.Spilled > 0);
            await h.RunForAsync(TimeSpan.FromSeconds(3));
        }

        await h.StepUntilAsync(() => h.Writer.Spilled == 0);
        await h.RunForAsync(TimeSpan.FromSeconds(2));
        await h.StopWorkerAsync();

        (long received, long committed, _, _) = AssertSummaryAddsUp(h);
        Assert.Equal(received, committed);
        StoredQuotes.AssertStoredEqualsServed(h.DatabasePath, h.Simulator.Record.StreamUpdates);
    }

    /// <summary>The closing summary (2627), the session's (2602) and the last STATUS line each add up; returns the closing counts.</summary>
    private static (long Received, long Committed, long Spilled, long Lost) AssertSummaryAddsUp(StreamHarness h)
    {
        IReadOnlyList<FakeLogRecord> logs = h.Logs.GetSnapshot();
        FakeLogRecord stopped = Assert.Single(logs, r => r.Id.Id == 2627);
        (long received, long carried, long committed, long spilled, long lost) =
            (Value(stopped, "Received"), Value(stopped, "Carried"), Value(stopped, "Committed"), Value(stopped, "Spilled"), Value(stopped, "Lost"));
        Assert.Equal(received + carried, committed + spilled + lost);
        Assert.Equal((received, committed, spilled), (h.Writer.Received, h.Writer.Committed, h.Writer.Spilled));

        foreach (FakeLogRecord session in logs.Where(r => r.Id.Id == 2602))
        {
            Assert.Equal(
                Value(session, "Received") + Value(session, "Carried"),
                Value(session, "Committed") + Value(session, "Spilled") + Value(session, "InMemory") + Value(session, "Lost"));
        }

        Assert.Equal($"STATUS=stopped: {committed} rows stored + {spilled} in the spill file + 0 in memory = {received} received", h.States[^1]);
        return (received, committed, spilled, lost);
    }

    private static long Value(FakeLogRecord record, string key) =>
        long.Parse(record.StructuredState!.Single(kv => kv.Key == key).Value!, System.Globalization.CultureInfo.InvariantCulture);
}
