using System.Diagnostics;

namespace Schwab.Benchmarks;

/// <summary>Elapsed time and managed bytes allocated (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise) by one run.</summary>
internal sealed record Measurement(TimeSpan Elapsed, long AllocatedBytes)
{
    /// <summary>Runs <paramref name="setup"/> (unmeasured) and <paramref name="run"/> (measured) once to warm up, then
    /// <paramref name="runs"/> times, and returns the median elapsed time and the median allocation.</summary>
    public static async Task<Measurement> MedianAsync<T>(int runs, Func<Task<T>> setup, Func<T, Task> run, Func<T, Task>? cleanup = null)
    {
        var samples = new List<Measurement>();
        for (int i = 0; i <= runs; i++)
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

            if (i > 0)
            {
                samples.Add(new Measurement(elapsed, allocated));
            }
        }

        return new Measurement(
            samples.Select(s => s.Elapsed).Order().ElementAt(samples.Count / 2),
            samples.Select(s => s.AllocatedBytes).Order().ElementAt(samples.Count / 2));
    }

    /// <summary>Measurement without per-run setup.</summary>
    public static Task<Measurement> MedianAsync(int runs, Func<Task> run) =>
        MedianAsync(runs, () => Task.FromResult(0), _ => run());
}
