using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Hosting;
using Schwab.Daemons.Stream;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>No silent death: a failed writer ends the daemon, and a full spill disk does not kill the writer (issue 13).</summary>
public sealed class StreamFailureTests
{
    [Fact]
    public async Task ExecuteAsync_SpillFileFailsWhileTheDatabaseIsLocked_FailsTheDaemonSayingWhyAndStopsTheWatchdog()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        h.Writer.AppendSpill = static (_, _) => throw new IOException("Input/output error", 5);
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(5));

        using (h.LockDatabase())
        {
            await AdvanceUntilEndedAsync(h);
        }

        await Assert.ThrowsAsync<IOException>(() => h.Worker.ExecuteTask!);
        FakeLogRecord failed = Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2625);
        Assert.Equal(LogLevel.Critical, failed.Level);
        Assert.StartsWith("IOException: Input/output error: the stream-writer loop failed", failed.Message, StringComparison.Ordinal);
        IReadOnlyList<string> stalled = h.Services.GetRequiredService<WorkLoopWatchdog>().StalledLoops();
        Assert.Contains("stream-writer (failed: IOException: Input/output error)", stalled);
        Assert.Contains(stalled, l => l.StartsWith("stream-receive (failed:", StringComparison.Ordinal));
        Assert.StartsWith("STATUS=failed: ", h.States[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_TheMonitorHelperFails_FailsTheDaemonSayingWhy()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(3));

        // The monitor loop (no-data watchdog, STATUS line, receive-loop beat) dies on its next STATUS line.
        ((RecordingNotifier)h.Services.GetRequiredService<ISystemdNotifier>()).FailOn = s => s.StartsWith("STATUS=streaming", StringComparison.Ordinal);
        await AdvanceUntilEndedAsync(h);

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Worker.ExecuteTask!);
        FakeLogRecord failed = Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2625);
        Assert.StartsWith("InvalidOperationException: test: notifying STATUS=streaming", failed.Message, StringComparison.Ordinal);
        Assert.Contains(h.Services.GetRequiredService<WorkLoopWatchdog>().StalledLoops(), l => l.StartsWith("stream-receive (failed:", StringComparison.Ordinal));
        Assert.Equal(h.Writer.Received, h.Writer.Committed); // the flush still ran
    }

    [Fact]
    public async Task WriterLoop_SpillDiskFullWhileTheDatabaseIsLocked_SaysSoKeepsWhatFittedAndCommitsAgainOnceTheDatabaseAnswers()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        h.Writer.AppendSpill = static (file, records) =>
        {
            file.AppendRange([.. records.Take(records.Count / 2)]);
            throw new IOException("No space left on device", 28);
        };
        await h.StartWorkerAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(5));

        using (h.LockDatabase())
        {
            await h.StepUntilAsync(() => h.Writer.Lost > 0);
            await h.RunForAsync(TimeSpan.FromSeconds(5));
        }

        long committedAfterLock = h.Writer.Committed;
        await h.StepUntilAsync(() => h.Writer.Spilled == 0 && h.Writer.Committed > committedAfterLock);
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        await h.StopWorkerAsync();

        Assert.True(h.Worker.ExecuteTask!.IsCompletedSuccessfully, h.Describe());
        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2626);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Id.Id == 2621); // what fitted was replayed
        StreamCounts counts = h.Writer.Counts;
        Assert.True(counts.Lost > 0);
        Assert.Equal(counts.Received, counts.Committed + counts.Lost);
        Assert.Equal(counts.Committed, StoredQuotes.Read(h.DatabasePath, "streaming_data", "rowid").Count);
    }

    /// <summary>
    /// Steps like <see cref="StreamHarness.StepAsync"/> until the worker has ended, also once it stops settling because it is failing.
    /// </summary>
    private static async Task AdvanceUntilEndedAsync(StreamHarness h)
    {
        Task execute = h.Worker.ExecuteTask!;
        for (int i = 0; i < 100 && !execute.IsCompleted; i++)
        {
            await Task.WhenAny(execute, Waits.UntilAsync(() => execute.IsCompleted || h.Settled, h, TestTimeouts.Guard, throwOnTimeout: false));
            if (!execute.IsCompleted)
            {
                h.Time.Advance(h.Simulator.Options.StreamTickInterval);
                await Task.Yield();
            }
        }

        try
        {
            await execute.WaitAsync(TestTimeouts.Guard);
        }
        catch (Exception ex) when (ex is not TimeoutException)
        {
            // Ended (the test asserts how).
        }

        Assert.True(execute.IsCompleted, h.Describe());
    }
}
