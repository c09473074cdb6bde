using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Data.Spill;
using Schwab.Core.Data.Streaming;
using Schwab.Core.Hosting;
using Schwab.Daemons.Stream;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>The write path under faults it cannot fix: a full spill disk, and a stop while a write waits on a lock (issue 13).</summary>
public sealed class StreamRowWriterFaultTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<StreamRowWriter> _logger = new();

    [Fact]
    public async Task RunAsync_SpillDiskFullWhileTheDatabaseIsDown_KeepsTheRowsThatFittedAndCountsTheRestLost()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        List<LevelOneUpdate> updates = Updates(5);
        string spillPath;
        using (StreamRowWriter writer = Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }, batchSize: 10, down: true))
        {
            // As a full disk does it: the first three records reach the file, then write(2) fails with ENOSPC.
            writer.AppendSpill = static (file, records) =>
            {
                file.AppendRange([.. records.Take(3)]);
                throw new IOException("No space left on device", 28);
            };
            updates.ForEach(writer.Accept);
            writer.Complete();
            await writer.RunAsync().WaitAsync(TestTimeouts.Guard);

            Assert.Equal(new StreamCounts(Received: 5, Carried: 0, Committed: 0, Spilled: 3, Lost: 2), writer.Counts);
            spillPath = writer.SpillPath!;
        }

        FakeLogRecord full = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Id.Id == 2626);
        Assert.StartsWith("Disk full: no space left for the spill file in " + Path.GetDirectoryName(spillPath), full.Message, StringComparison.Ordinal);

        // The rows that fitted are kept: the next start replays them.
        using StreamRowWriter restarted = Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }, batchSize: 10);
        restarted.Open();
        restarted.Complete();
        await restarted.RunAsync().WaitAsync(TestTimeouts.Guard);
        Assert.Equal(new StreamCounts(Received: 0, Carried: 3, Committed: 3, Spilled: 0, Lost: 0), restarted.Counts);
        Assert.Equal(updates.Take(3).Select(u => u.Sequence), StoredQuotes.Read(DatabasePath, "streaming_data", "rowid").Select(r => r.Sequence));
    }

    /// <summary>
    /// The same on a real full disk; skipped unless <c>SCHWAB_TEST_SMALL_FS</c> names an empty folder on a filesystem of a
    /// few hundred KB, e.g. <c>unshare --mount sh -c 'mount -t tmpfs -o size=256k tmpfs /mnt/tiny &amp;&amp; SCHWAB_TEST_SMALL_FS=/mnt/tiny dotnet test …'</c> as root.
    /// </summary>
    [SkippableFact]
    public async Task RunAsync_RealDiskFullWhileTheDatabaseIsDown_KeepsEveryWholeRowThatFittedForTheNextStart()
    {
        string? small = Environment.GetEnvironmentVariable("SCHWAB_TEST_SMALL_FS");
        Skip.If(small is null, "SCHWAB_TEST_SMALL_FS is not set");
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        string spillDirectory = Path.Combine(small, Guid.NewGuid().ToString("N"));
        List<LevelOneUpdate> updates = Updates(20_000);
        long spilled;
        using (StreamRowWriter writer = Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }, batchSize: 10, down: true, spillDirectory: spillDirectory))
        {
            updates.ForEach(writer.Accept); // a buffer of 100: the rest goes to the spill file one row at a time, until the disk is full
            writer.Complete();
            await writer.RunAsync().WaitAsync(TestTimeouts.Guard);

            StreamCounts counts = writer.Counts;
            Assert.True(counts.Lost > 0 && counts.Spilled > 0, counts.ToString());
            Assert.Equal(updates.Count, counts.Spilled + counts.Lost);
            spilled = counts.Spilled;
        }

        Assert.Single(_logger.Collector.GetSnapshot(), r => r.Id.Id == 2626);
        using StreamRowWriter restarted = Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }, batchSize: 1000, spillDirectory: spillDirectory);
        restarted.Open();
        restarted.Complete();
        await restarted.RunAsync().WaitAsync(TestTimeouts.Guard);
        Assert.Equal((spilled, spilled), (restarted.Carried, restarted.Committed));
    }

    [Fact]
    public async Task RunAsync_SpillFileFailsOtherwise_FailsAndTheWatchdogStopsPinging()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        var watchdog = new WorkLoopWatchdog(_time);
        using StreamRowWriter writer = Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }, batchSize: 10, down: true, watchdog);
        writer.AppendSpill = static (_, _) => throw new IOException("Input/output error", 5);
        Updates(5).ForEach(writer.Accept);
        writer.Complete();

        await Assert.ThrowsAsync<IOException>(() => writer.RunAsync().WaitAsync(TestTimeouts.Guard));

        Assert.Equal(["stream-writer (failed: IOException: Input/output error)"], watchdog.StalledLoops());
    }

    [Fact]
    public async Task RunAsync_ReplayLongerThanTheWatchdogAllows_KeepsTheWatchdogFedWhileItCommits()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        List<LevelOneUpdate> updates = Updates(50);
        using (StreamRowWriter first = Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }, batchSize: 10, down: true))
        {
            updates.ForEach(first.Accept);
            first.Complete();
            await first.RunAsync().WaitAsync(TestTimeouts.Guard);
            Assert.Equal(50, first.Spilled);
        }

        // A restart replays five batches; each takes a minute (a whole day's file at the real rate): the writer is making
        // progress all along, so the watchdog must keep pinging.
        var watchdog = new WorkLoopWatchdog(_time);
        using StreamRowWriter writer = Create(new DatabaseOptions { ConnectionString = $"Data Source={DatabasePath}" }, batchSize: 10, watchdog: watchdog);
        var stalled = new List<string>();
        writer.Progress += (_, _) =>
        {
            stalled.AddRange(watchdog.StalledLoops());
            _time.Advance(TimeSpan.FromMinutes(1));
        };
        writer.Open();
        writer.Complete();
        await writer.RunAsync().WaitAsync(TestTimeouts.Guard);

        Assert.Equal(50, writer.Committed);
        Assert.Empty(stalled);
    }

    [Fact]
    public async Task Complete_WriteWaitingOnALockedDatabase_GivesUpAfterTheStopBudgetAndSpillsItsRows()
    {
        await DaemonSetup.PrepareDatabaseAsync(DatabasePath, keyFile: null);
        // The shipped 30 s busy timeout (and a longer command timeout), longer than the test's guard: only the stop budget ends the wait.
        var database = new DatabaseOptions
        {
            ConnectionString = $"Data Source={DatabasePath}",
            BusyTimeout = TimeSpan.FromSeconds(30),
            CommandTimeout = TimeSpan.FromSeconds(60),
        };
        List<LevelOneUpdate> updates = Updates(5);
        using StreamRowWriter writer = Create(database, batchSize: 5);
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        writer.WriteStarted += (_, _) => writing.TrySetResult();
        using (new ExclusiveDatabaseLock(DatabasePath))
        {
            Task run = Task.Run(writer.RunAsync);
            updates.ForEach(writer.Accept); // a full batch: written at once
            await writing.Task.WaitAsync(TestTimeouts.Guard);

            writer.Complete(StreamRowWriter.StopWriteBudget); // SIGTERM while the write waits on the lock
            _time.Advance(StreamRowWriter.StopWriteBudget);
            await run.WaitAsync(TestTimeouts.Guard);

            Assert.Equal(new StreamCounts(Received: 5, Carried: 0, Committed: 0, Spilled: 5, Lost: 0), writer.Counts);
            Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Id.Id == 2628);
        }

        Assert.Equal(5, SpilledCount(writer.SpillPath!));
    }

    public void Dispose() => _dir.Dispose();

    private string DatabasePath => _dir.File("pipeline.db");

    /// <summary>The whole records in the spill file, read from a copy (the writer holds the file open).</summary>
    private static int SpilledCount(string path)
    {
        using FileStream copy = File.OpenRead(path);
        string check = path + ".copy";
        using (FileStream target = File.Create(check))
        {
            copy.CopyTo(target);
        }

        using SpillFile file = SpillFile.Open(check);
        return file.ReadAll().Count;
    }

    private StreamRowWriter Create(DatabaseOptions database, int batchSize, bool down = false, WorkLoopWatchdog? watchdog = null, string? spillDirectory = null)
    {
        var connections = new SwitchableConnectionFactory(new SqliteConnectionFactory(Options.Create(database), NullLogger<SqliteConnectionFactory>.Instance))
        {
            Down = down,
        };
        var options = new StreamOptions { BatchSize = batchSize, BufferCapacity = 100, SpillDirectory = spillDirectory ?? _dir.File("spill") };
        return new StreamRowWriter(new StreamingDataStore(connections, new SqlServerNames("OPT", "CHAINS")), Options.Create(options), _time,
            watchdog ?? new WorkLoopWatchdog(_time), _logger);
    }

    private List<LevelOneUpdate> Updates(int count)
    {
        var cache = new LevelOneStateCache();
        var updates = new List<LevelOneUpdate>(count);
        for (int i = 0; i < count; i++)
        {
            LevelOneFieldChange[] changes = [new(3, LevelOneValue.FromNumber(100m + i))];
            updates.Add(cache.Merge(LevelOneFieldMap.Equities, "SPY", changes, default, _time.GetUtcNow().AddMilliseconds(i), null));
        }

        return updates;
    }
}
