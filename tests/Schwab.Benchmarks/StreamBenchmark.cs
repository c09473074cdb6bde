using Schwab.Testing.Data;

namespace Schwab.Benchmarks;

/// <summary>
/// <c>stream</c>: schwab-stream's write path fed from a loopback WebSocket (<see cref="StreamPipelineRun"/>), offered
/// <see cref="OfferedRate"/> level-one updates/s for <see cref="Updates"/> updates (10 s) after a short warm-up run.
/// Targets: ≥ 50,000 updates/s sustained (rows stored ÷ first frame sent to last commit), p99 receive-to-commit
/// under 500 ms (per row: its batch's commit instant − the instant its frame was received, the row's <c>timestamp</c>),
/// peak RSS of the whole process (sender included) under 200 MB, and rows stored = updates sent. The baseline is a bare
/// prepared-insert loop writing the same rows (<see cref="BareStreamInsert"/>) in the same run.
/// </summary>
/// <remarks>One measured run (<c>--runs</c> does not apply): each one takes 10 s of a shared machine.</remarks>
internal sealed class StreamBenchmark : IBenchmark
{
    /// <summary>The offered rate, unless <c>SCHWAB_BENCH_STREAM_RATE</c> names another (e.g. 1e9 to find the path's capacity).</summary>
    private static readonly double OfferedRate =
        double.TryParse(Environment.GetEnvironmentVariable("SCHWAB_BENCH_STREAM_RATE"), System.Globalization.CultureInfo.InvariantCulture, out double rate) && rate > 0
            ? rate
            : 60_000;

    private const long Updates = 600_000;
    private const long WarmUpUpdates = 120_000;
    private const int Keys = 400;
    private const int ItemsPerFrame = 100;

    public string Name => "stream";

    /// <inheritdoc />
    public string Plan(int runs) => "1 warm-up + 1 run; --runs does not apply";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using (SqliteTestDatabase warm = await SqliteTestDatabase.CreateAsync())
        {
            await StreamPipelineRun.RunAsync(warm, Path.Combine(warm.Root, "spill"), new StreamFrames(Keys, ItemsPerFrame), WarmUpUpdates, OfferedRate, cancellationToken);
        }

        // The benchmarks before this one (chain.*) left their heap resident: hand it back so the peak RSS is this path's.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        StreamPipelineRun run = await StreamPipelineRun.RunAsync(
            db, Path.Combine(db.Root, "spill"), new StreamFrames(Keys, ItemsPerFrame), Updates, OfferedRate, cancellationToken);
        StoredStream stored = await StoredStream.ReadAsync(db, run, cancellationToken);
        if (stored.SequenceGaps > 0 || stored.LatestQuotes != Keys)
        {
            throw new InvalidOperationException(
                $"stream: {stored.SequenceGaps} rows out of per-symbol sequence, {stored.LatestQuotes} LATEST_QUOTE rows for {Keys} symbols");
        }

        double bareRate;
        await using (SqliteTestDatabase bare = await SqliteTestDatabase.CreateAsync())
        {
            bareRate = stored.Rows / (await BareStreamInsert.CopyAsync(db, bare, cancellationToken)).TotalSeconds;
        }

        double seconds = (run.Commits[^1].At - run.FirstSentAt).TotalSeconds;
        double rate = stored.Rows / seconds;
        return
        [
            new($"{Name}.offered", OfferedRate, "updates/s"),
            new($"{Name}.sent", run.Sent, "updates"),
            new($"{Name}.duration", seconds, "s"),
            new($"{Name}.updates_per_s", rate, "updates/s", bareRate, BenchTarget.ValueAtLeast(50_000)),
            new($"{Name}.latency_p50_ms", stored.LatencyMs(0.50), "ms"),
            new($"{Name}.latency_p99_ms", stored.LatencyMs(0.99), "ms", null, BenchTarget.ValueBelow(500)),
            new($"{Name}.latency_max_ms", stored.LatencyMs(1), "ms"),
            new($"{Name}.peak_rss_mb", run.PeakRssBytes / 1e6, "MB", null, BenchTarget.ValueBelow(200)),
            new($"{Name}.spilled_rows", run.SpilledRows, "rows"),
            new($"{Name}.stored_minus_sent", stored.Rows - run.Sent, "rows", null, BenchTarget.ValueEquals(0)),
        ];
    }
}
