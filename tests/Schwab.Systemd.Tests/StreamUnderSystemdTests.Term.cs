using Schwab.Simulator.Recording;
using Schwab.Testing.Streaming;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>SIGTERM while the database is unavailable: what was received leaves the process in the database or the spill file.</summary>
public sealed partial class StreamUnderSystemdTests
{
    /// <summary>
    /// The database is made unavailable (this process holds its write lock) and rows spill; <c>systemctl stop</c> then ends the
    /// unit cleanly with every received update either committed before the lock or in the spill file. The next start replays
    /// the spill file first, and the stopped process's rows are then exactly what it received, once, in order.
    /// </summary>
    [SkippableFact]
    public async Task Stop_WhileDatabaseLocked_EveryReceivedUpdateSpilledThenReplayedAtTheNextStart()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using StreamUnit stream = await StreamUnit.PrepareAsync(fixture, "sigtermdb", lockTimeout: TimeSpan.FromSeconds(2));
        PrivateSystemd systemd = stream.Systemd;
        await stream.StartAsync(s_timeout);
        string stopped = await systemd.PropertyAsync(Unit, "InvocationID");
        await StoredAtLeastAsync(stream, 300);

        HashSet<(string, long)> committed;
        List<SpilledRow> spilled;
        DateTimeOffset stoppedAt;
        using (var locked = new DatabaseLock(stream.StagedDatabase))
        {
            await SpillingAsync(stream);
            committed = locked.StoredKeys();

            CommandResult stop = await systemd.SystemctlAsync("stop", Unit);

            Assert.True(stop.ExitCode == 0, stop.ToString());
            stoppedAt = TimeProvider.System.GetUtcNow();
            Assert.Equal("success", await systemd.PropertyAsync(Unit, "Result"));
            spilled = [.. SpillFileReader.Read(stream.StagedSpillFile)];
        }

        long received = await ReceivedAtStopAsync(stream, stopped);
        HashSet<(string, long)> acknowledged = [.. committed, .. spilled.Select(r => (r.Symbol, r.Sequence))];
        Assert.Equal(committed.Count + spilled.Count, acknowledged.Count);
        Assert.Equal(received, acknowledged.Count);

        await stream.StartAsync(s_timeout);
        string restarted = await systemd.PropertyAsync(Unit, "InvocationID");
        await PrivateSystemd.WaitUntilAsync(
            async () => (await systemd.JournalctlAsync("-u", Unit, "-o", "cat", "_SYSTEMD_INVOCATION_ID=" + restarted)).Stdout.Contains("Replayed ", StringComparison.Ordinal),
            s_timeout, "the next start to replay the spill file");
        await AssertReplayedFirstAsync(stream, restarted, spilled.Count);
        Assert.True((await systemd.SystemctlAsync("stop", Unit)).ExitCode == 0);

        List<StoredStreamRows.Row> stored = [.. StoredStreamRows.Read(stream.StagedDatabase).Where(r => r.Timestamp < stoppedAt)];
        List<RecordedStreamUpdate> sent = [.. stream.Simulator.Record.StreamUpdates.Where(u => u.Time < stoppedAt)];
        output.WriteLine($"sent {sent.Count}, received {received}, committed {committed.Count}, spilled {spilled.Count}, stored {stored.Count}");
        Assert.Equal(received, stored.Count);
        Assert.True(acknowledged.SetEquals(stored.Select(r => (r.Symbol, r.Sequence))), "the stored rows differ from those received");
        StoredStreamRows.AssertStoredAreSentOnceInOrder(stored, sent);
        AssertOnlyTheTailIsMissing(stored, sent);
    }
}
