using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

public sealed class ChainsHostedLoopTests
{
    private static readonly DateOnly s_day = new(2026, 11, 24);

    [Fact]
    public async Task ExecuteAsync_ClockAdvancedMinuteByMinute_TicksOnEveryBoundary()
    {
        DateTimeOffset start = SimulatedDay.At(s_day, new TimeOnly(9, 28));
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), ChainsExpected.SmallChains);
        await h.StoreCalendarAsync(s_day);
        h.Time.SetUtcNow(start);
        TimeSpan step = TimeSpan.FromMinutes(1);

        await h.Worker.StartAsync(CancellationToken.None);
        try
        {
            // Each step waits for the worker's next sleep (to the following minute boundary), i.e. for its tick to finish.
            await SimulatedDay.RunAsync(h.Time, start, SimulatedDay.At(s_day, new TimeOnly(9, 40)), step, _ => h.Time.WaitForTimerAsync(due => due == step));
        }
        finally
        {
            await h.Worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(9, 40), 1), await h.SnapshotsAsync("1min"));
        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(9, 40), 5), await h.SnapshotsAsync("5min"));
        Assert.Equal([SimulatedDay.At(s_day, new(9, 30))], await h.SnapshotsAsync("30min"));
    }
}
