using System.Globalization;

namespace Schwab.Benchmarks;

/// <summary>
/// The process's peak resident set during a phase: the kernel's high-water mark (<c>VmHWM</c>, reset at the start through
/// <c>/proc/self/clear_refs</c>) and, as a cross-check, <c>VmRSS</c> sampled every 20 ms; the larger of the two.
/// </summary>
internal sealed class PeakRss : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _sampledMax;

    private PeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Older kernels: the sampled maximum still holds.
        }

        _sampling = Task.Run(SampleAsync);
    }

    public static PeakRss Start() => new();

    /// <summary>Stops sampling and returns the peak in bytes.</summary>
    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return Math.Max(Interlocked.Read(ref _sampledMax), ReadStatus("VmHWM:"));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        try
        {
            do
            {
                long rss = ReadStatus("VmRSS:");
                if (rss > Interlocked.Read(ref _sampledMax))
                {
                    Interlocked.Exchange(ref _sampledMax, rss);
                }
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A <c>/proc/self/status</c> line in bytes (the file gives kB); 0 when absent.</summary>
    private static long ReadStatus(string field)
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                string kb = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
