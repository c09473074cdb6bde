using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Streaming;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data.Streaming;
using Schwab.Core.Hosting;
using Schwab.Daemons.Stream;
using Schwab.Testing.Data;

namespace Schwab.Benchmarks;

/// <summary>
/// One run of schwab-stream's real receive and write path, as <c>StreamWorker</c> wires it: the <see cref="LoopbackStreamer"/>
/// → Core's <see cref="StreamerClient"/> (WebSocket, JSON, delta merge) → <see cref="StreamRowWriter.Accept"/> →
/// <see cref="StreamRowWriter.RunAsync"/> (batches, spill file) → <see cref="StreamingDataStore"/> → a fresh migrated SQLite file.
/// Commit instants come from the writer's <see cref="StreamRowWriter.Progress"/> event (raised after each commit).
/// </summary>
internal sealed record StreamPipelineRun(
    long Sent, DateTimeOffset FirstSentAt, IReadOnlyList<(long Committed, DateTimeOffset At)> Commits, long SpilledRows, long PeakRssBytes)
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(3);

    public static async Task<StreamPipelineRun> RunAsync(
        SqliteTestDatabase db, string spillDirectory, StreamFrames frames, long updates, double rate, CancellationToken cancellationToken)
    {
        await using LoopbackStreamer server = LoopbackStreamer.Start();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<IStreamerCredentialsSource>(new LoopbackCredentials(server.Url));
        services.AddSchwabStreaming();
        await using ServiceProvider provider = services.BuildServiceProvider();
        StreamerClient client = provider.GetRequiredService<StreamerClient>();
        var options = new StreamOptions { SpillDirectory = spillDirectory };
        using var writer = new StreamRowWriter(new StreamingDataStore(db.Connections, db.Names), Options.Create(options), TimeProvider.System,
            new WorkLoopWatchdog(TimeProvider.System), NullLogger<StreamRowWriter>.Instance);
        var commits = new CommitLog(writer, updates);
        writer.Progress += commits.OnProgress;

        await using PeakRss rss = PeakRss.Start();
        writer.Open();
        Task writing = Task.Run(writer.RunAsync, CancellationToken.None);
        await client.SubscribeAsync(StreamerServices.LevelOneOptions, frames.Keys, StreamFrames.Fields, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task consuming = Task.Run(() => ConsumeAsync(client, writer, stop.Token), CancellationToken.None);
        (long sent, DateTimeOffset first) = await server.SendAsync(frames, updates, rate, cancellationToken);
        await commits.AllCommitted.WaitAsync(DrainLimit, cancellationToken);
        await stop.CancelAsync();
        await consuming;
        writer.Complete();
        await writing;
        long peak = await rss.StopAsync();
        return new StreamPipelineRun(sent, first, commits.Snapshot(), writer.SpilledTotal, peak);
    }

    /// <summary>What <c>StreamWorker</c>'s receive loop does with each update.</summary>
    private static async Task ConsumeAsync(StreamerClient client, StreamRowWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (LevelOneUpdate update in client.StreamAsync(cancellationToken))
            {
                writer.Accept(update);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Notes (rows committed so far, when) each time the writer's committed count moves.</summary>
    private sealed class CommitLog(StreamRowWriter writer, long expected)
    {
        private readonly List<(long, DateTimeOffset)> _commits = [];
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _last;

        public Task AllCommitted => _all.Task;

        public void OnProgress(object? sender, EventArgs e)
        {
            long committed = writer.Committed;
            if (committed == Interlocked.Read(ref _last))
            {
                return;
            }

            lock (_commits)
            {
                if (committed <= _last)
                {
                    return;
                }

                _commits.Add((committed, TimeProvider.System.GetUtcNow()));
                Interlocked.Exchange(ref _last, committed);
            }

            if (committed >= expected)
            {
                _all.TrySetResult();
            }
        }

        public IReadOnlyList<(long, DateTimeOffset)> Snapshot()
        {
            lock (_commits)
            {
                return [.. _commits];
            }
        }
    }
}
