using Microsoft.Data.Sqlite;
using Schwab.Core.Data.Spill;
using Schwab.Core.Data.Streaming;
using Schwab.Simulator.Recording;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>
/// What "acknowledged" means for a received update: committed, or appended to the spill file. SIGTERM: every received
/// row is acknowledged before exit (<see cref="StreamStorageTests"/>). SIGKILL: every row already appended survives.
/// </summary>
public sealed class StreamAcknowledgementTests
{
    [Fact]
    public async Task SpillFile_KilledWhileTheDatabaseIsLocked_EveryAppendedRowSurvivesAndTheNextStartStoresIt()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        string killed = Path.Combine(h.SpillDirectory + ".killed", "stream.spill");
        long committed;
        long spilled;
        using (h.LockDatabase())
        {
            // The writer waits on the lock in real time, off the fake clock: wait for it to give up before counting.
            await h.StepUntilAsync(() => h.Writer.Spilled > 0);
            await h.RunForAsync(TimeSpan.FromSeconds(10));
            committed = h.Writer.Committed;
            spilled = h.Writer.Spilled;

            // SIGKILL here: no flush, no dispose. The file as the kernel holds it now is what a killed process leaves.
            Directory.CreateDirectory(Path.GetDirectoryName(killed)!);
            File.Copy(h.Writer.SpillPath!, killed);
            await h.StopWorkerAsync();
        }

        string live = h.Writer.SpillPath!;
        h.Writer.Dispose();
        List<StreamingRow> survived;
        using (SpillFile file = SpillFile.Open(killed))
        {
            survived = [.. file.ReadAll().Select(StreamingRowCodec.Decode)];
        }

        // Every row appended before the kill is there, in receive order, right after the committed ones, as served.
        Assert.True(spilled > 0, "rows should have spilled while the database was locked");
        Assert.True(survived.Count >= spilled, $"{survived.Count} rows in the file, {spilled} were acknowledged");
        Assert.Equal(Enumerable.Range((int)committed + 1, survived.Count).Select(i => (long)i), survived.Select(r => r.Ordinal));
        IReadOnlyList<RecordedStreamUpdate> served = h.Simulator.Record.StreamUpdates;
        Assert.All(survived, r => Assert.Equal(served[(int)r.Ordinal - 1].Key, r.Symbol));

        // The next start (the process as the kill left it: only the surviving file) replays it before anything new.
        File.Copy(killed, live, overwrite: true);
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Writer.Spilled == 0 && h.Writer.Committed > survived.Count);
        await h.RunForAsync(TimeSpan.FromSeconds(2));
        await h.StopWorkerAsync();

        Assert.Equal(survived.Count + h.Writer.Received, h.Writer.Committed);
        Assert.Equal(committed + survived.Count + h.Writer.Received, CountRows(h.DatabasePath));
    }

    private static long CountRows(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM streaming_data";
        return (long)command.ExecuteScalar()!;
    }
}
