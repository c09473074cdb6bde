using System.Diagnostics;

namespace Schwab.Benchmarks;

/// <summary>
/// Elapsed time (median of the measured runs) and managed bytes allocated (<see cref="GC.GetTotalAllocatedBytes(bool)"/>,
/// precise): the largest of any run, warm-ups included, because pooled buffers (ArrayPool) show only on their first use.
/// </summary>
internal sealed record Measurement(TimeSpan Elapsed, long AllocatedBytes)
{
    private const int WarmUps = 3;

    /// <summary>Runs <paramref name="setup"/> (unmeasured) and <paramref name="run"/> (measured) <c>3</c> times to warm up
    /// (tiered JIT and PGO settle), then <paramref name="runs"/> times.</summary>
    public static async Task<Measurement> MedianAsync<T>(int runs, Func<Task<T>> setup, Func<T, Task> run, Func<T, Task>? cleanup = null)
    {
        var samples = new List<TimeSpan>();
        long maxAllocated = 0;
        for (int i = 0; i < WarmUps + runs; i++)
        {
            T state = await setup();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            await run(state);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            if (cleanup is not null)
            {
                await cleanup(state);
            }

            maxAllocated = Math.Max(maxAllocated, allocated);
            if (i >= WarmUps)
            {
                samples.Add(elapsed);
            }
        }

        return new Measurement(samples.Order().ElementAt(samples.Count / 2), maxAllocated);
    }

    /// <summary>Measurement without per-run setup.</summary>
    public static Task<Measurement> MedianAsync(int runs, Func<Task> run) =>
        MedianAsync(runs, () => Task.FromResult(0), _ => run());
}
