using System.Text.RegularExpressions;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Recording;
using Schwab.Testing.Streaming;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>SIGKILL mid-batch with systemd's restart: what was acknowledged before the kill is stored, once, in order.</summary>
public sealed partial class StreamUnderSystemdTests
{
    /// <summary>
    /// "Acknowledged" (StreamRowWriter): committed to the database, or appended to the spill file. SIGKILL while updates flow,
    /// with the database answering, or made unavailable (this process holds its write lock) so that rows spill. The killed
    /// process's rows in the database must be exactly those committed before the kill plus those in the spill file it left —
    /// none twice, each key in sequence order, each with the simulator's merged values — and what is missing was sent in its
    /// last seconds only (the 2 s batch window; with the lock, the 2 s lock timeout and the 1 s retry too, plus room for a busy machine).
    /// After systemd's restart the daemon replays that spill file first and stores everything the new connection is sent.
    /// </summary>
    [SkippableTheory]
    [InlineData(false, 6)]
    [InlineData(true, 10)]
    public async Task KillMainProcess_SigkillWhileUpdatesFlow_RestartedAndEveryAcknowledgedUpdateStoredOnceInOrder(bool databaseLocked, int unacknowledgedSeconds)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        // A 2 s batch window: whenever the kill lands, up to 2 s of received updates wait in memory for their batch.
        await using StreamUnit stream = await StreamUnit.PrepareAsync(
            fixture, databaseLocked ? "sigkill-locked" : "sigkill", lockTimeout: databaseLocked ? TimeSpan.FromSeconds(2) : null, batchWindow: TimeSpan.FromSeconds(2));
        PrivateSystemd systemd = stream.Systemd;
        await stream.StartAsync(s_timeout);
        int killedPid = await systemd.MainPidAsync(Unit);
        await StoredAtLeastAsync(stream, 300);

        HashSet<(string, long)> committed;
        List<SpilledRow> spilled;
        DateTimeOffset killedAt;
        using (DatabaseLock? locked = databaseLocked ? new DatabaseLock(stream.StagedDatabase) : null)
        {
            if (locked is not null)
            {
                await SpillingAsync(stream);
            }

            // Mid-batch: the kill lands right after a tick's updates were sent, while the last of them are received or buffered.
            await TicksAsync(stream, 2);

            CommandResult kill = await systemd.SystemctlAsync("kill", "-s", "SIGKILL", Unit);
            Assert.True(kill.ExitCode == 0, kill.ToString());
            killedAt = TimeProvider.System.GetUtcNow();
            await PrivateSystemd.WaitUntilAsync(async () => await systemd.MainPidAsync(Unit) != killedPid, s_timeout, "the killed process to be gone");

            // What the dead process left (the restarted one cannot replay it away while the lock is held; it may append its own).
            spilled = [.. SpillFileReader.Read(stream.StagedSpillFile).Where(r => r.Timestamp < killedAt)];

            // Nothing can commit under the lock; without it the killed process's rows are final once it is gone (the restart takes 5 s).
            committed = locked?.StoredKeys()
                ?? [.. StoredStreamRows.Read(stream.StagedDatabase).Where(r => r.Timestamp < killedAt).Select(r => (r.Symbol, r.Sequence))];
        }

        await PrivateSystemd.WaitUntilAsync(
            async () => await systemd.MainPidAsync(Unit) is int now && now != killedPid && now > 0 && await systemd.PropertyAsync(Unit, "ActiveState") == "active",
            s_timeout, "systemd to restart schwab-stream");
        Assert.Equal("1", await systemd.PropertyAsync(Unit, "NRestarts"));
        string invocation = await systemd.PropertyAsync(Unit, "InvocationID");
        RecordedStreamCommand relogin = await LoginAfterAsync(stream, killedAt);
        await PrivateSystemd.WaitUntilAsync(
            () => Task.FromResult(stream.Simulator.Record.StreamUpdates.Count(u => u.Time >= relogin.Time) >= 1000), s_timeout, "1000 updates sent after the restart");
        await StreamingStatusAsync(stream);
        await StopDataAsync(stream);
        IReadOnlyList<RecordedStreamUpdate> sent = stream.Simulator.Record.StreamUpdates;
        List<RecordedStreamUpdate> before = [.. sent.Where(u => u.Time < relogin.Time)];
        List<RecordedStreamUpdate> after = [.. sent.Where(u => u.Time >= relogin.Time)];
        await PrivateSystemd.WaitUntilAsync(
            () => Task.FromResult(StoredStreamRows.Read(stream.StagedDatabase).Count(r => r.Timestamp > killedAt) == after.Count),
            s_timeout, $"the {after.Count} updates sent after the restart to be stored");
        CommandResult stop = await systemd.SystemctlAsync("stop", Unit);
        Assert.True(stop.ExitCode == 0, stop.ToString());

        List<StoredStreamRows.Row> stored = StoredStreamRows.Read(stream.StagedDatabase);
        List<StoredStreamRows.Row> killed = [.. stored.Where(r => r.Timestamp < killedAt)];
        List<StoredStreamRows.Row> restarted = [.. stored.Where(r => r.Timestamp > killedAt)];
        List<RecordedStreamUpdate> lost = StoredStreamRows.AssertStoredAreSentOnceInOrder(killed, before);
        output.WriteLine(
            $"before the kill: sent {before.Count}, committed {committed.Count}, spilled {spilled.Count}, stored {killed.Count}, lost {lost.Count} (oldest sent {(lost.Count > 0 ? killedAt - lost.Min(u => u.Time) : TimeSpan.Zero)} before the kill); after: sent {after.Count}, stored {restarted.Count}");

        // Acknowledged before the kill = committed or spilled: exactly that is stored of the killed process, nothing else.
        HashSet<(string, long)> acknowledged = [.. committed, .. spilled.Select(r => (r.Symbol, r.Sequence))];
        Assert.Equal(committed.Count + spilled.Count, acknowledged.Count);
        Assert.True(databaseLocked ? spilled.Count >= 300 : spilled.Count == 0, $"{spilled.Count} rows were in the spill file at the kill");
        Assert.True(acknowledged.SetEquals(killed.Select(r => (r.Symbol, r.Sequence))), "the killed process's stored rows differ from those it had acknowledged");
        Assert.All(lost, u => Assert.True(
            killedAt - u.Time < TimeSpan.FromSeconds(unacknowledgedSeconds), $"{u.Key} update sent {killedAt - u.Time} before the kill was lost"));
        Assert.Empty(StoredStreamRows.AssertStoredAreSentOnceInOrder(restarted, after));
        if (databaseLocked)
        {
            await AssertReplayedFirstAsync(stream, invocation, spilled.Count);
        }

        AssertLatestIsLastSent(stream, after);
        Assert.Empty(SpillFileReader.Read(stream.StagedSpillFile));
        CommandResult errors = await systemd.JournalctlAsync("-q", "-p", "err", "-u", Unit, "_SYSTEMD_INVOCATION_ID=" + invocation);
        Assert.True(errors.Stdout.Trim().Length == 0, "the restarted daemon logged at err or above:\n" + errors.Stdout);
    }

    private static async Task<RecordedStreamCommand> LoginAfterAsync(StreamUnit stream, DateTimeOffset instant)
    {
        RecordedStreamCommand? login = null;
        await PrivateSystemd.WaitUntilAsync(
            () => Task.FromResult((login = stream.Simulator.Record.StreamCommands.FirstOrDefault(c => c.Command == "LOGIN" && c.Time > instant)) is not null),
            s_timeout, "the restarted daemon's streamer LOGIN");
        return login!;
    }

    // Once two ticks have completed after the fault is in place, the simulator sends no more data.
    private static Task StopDataAsync(StreamUnit stream) =>
        TicksAsync(stream, 2, () => stream.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.StopData }));

    /// <summary>Waits until <paramref name="count"/> simulator ticks have completed after <paramref name="first"/> ran.</summary>
    private static async Task TicksAsync(StreamUnit stream, int count, Action? first = null)
    {
        int ticks = 0;
        void OnTick(object? sender, EventArgs e) => Interlocked.Increment(ref ticks);
        stream.Simulator.StreamTicked += OnTick;
        try
        {
            first?.Invoke();
            await PrivateSystemd.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref ticks) >= count), s_timeout, $"{count} simulator ticks");
        }
        finally
        {
            stream.Simulator.StreamTicked -= OnTick;
        }
    }

    private static async Task AssertReplayedFirstAsync(StreamUnit stream, string invocation, int spilled)
    {
        string journal = (await stream.Systemd.JournalctlAsync("-u", Unit, "-o", "cat", "_SYSTEMD_INVOCATION_ID=" + invocation)).Stdout;
        Match found = SpillFound().Match(journal);
        Assert.True(found.Success, "the restarted daemon did not report the spill file:\n" + journal);
        Assert.Equal(spilled, (int)Number(found, "count"));
        Assert.Contains("Replayed ", journal, StringComparison.Ordinal);
    }

    private static void AssertLatestIsLastSent(StreamUnit stream, List<RecordedStreamUpdate> after)
    {
        var latest = StoredStreamRows.ReadLatest(stream.StagedDatabase).ToDictionary(r => r.Symbol, StringComparer.Ordinal);
        foreach (IGrouping<string, RecordedStreamUpdate> key in after.GroupBy(u => u.Key, StringComparer.Ordinal))
        {
            Assert.True(latest.TryGetValue(key.Key, out StoredStreamRows.Row? row), $"{key.Key}: no LATEST_QUOTE row");
            Assert.Equal(key.Count(), row!.Sequence);
            StoredStreamRows.AssertSame(key.Last(), row);
        }
    }

    private static Task StoredAtLeastAsync(StreamUnit stream, int rows) =>
        PrivateSystemd.WaitUntilAsync(
            () => Task.FromResult(StoredStreamRows.Read(stream.StagedDatabase).Count >= rows), s_timeout, $"{rows} rows stored");

    private static Task SpillingAsync(StreamUnit stream) =>
        PrivateSystemd.WaitUntilAsync(
            () => Task.FromResult(SpillFileReader.Read(stream.StagedSpillFile).Count >= 300), s_timeout, "300 rows in the spill file");

    [GeneratedRegex(@"Found (?<count>\d+) rows in the spill file")]
    private static partial Regex SpillFound();
}
