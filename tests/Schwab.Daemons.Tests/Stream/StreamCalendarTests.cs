using Schwab.Daemons.Stream;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

public sealed class StreamCalendarTests
{
    // Saturday 2026-03-07 12:00 ET (EST): with no stored calendar the fallback's next session is Monday.
    private static readonly DateTimeOffset SaturdayNoon = new(2026, 3, 7, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ExecuteAsync_SessionStoredWhileWaiting_StartsStreamingWithinTheRecheckWithoutARestart()
    {
        // The simulator's demo calendar opens a session around now, as `schwabctl simulate --demo-calendar` does.
        await using StreamHarness h = await StreamHarness.StartAsync(SaturdayNoon, o => o.DemoCalendar = true);
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.Time.WaitForTimerAsync(d => d == StreamWorker.CalendarRecheck);
        Assert.Contains(h.States, s => s.Contains("waiting for session 2026-03-09 09:30 ET", StringComparison.Ordinal));

        // schwab-markethours stores today's (simulated) hours after the stream daemon started.
        int stored = await SimulatorMarketHours.StoreAsync(h.Simulator, h.DatabasePath, h.KeyFile);
        Assert.True(stored > 0);
        Assert.Empty(h.Simulator.Record.StreamCommands);
        h.Time.Advance(StreamWorker.CalendarRecheck);

        await h.StepUntilAsync(() => h.Simulator.Record.StreamCommands.Any(c => c.Service == "LEVELONE_OPTIONS"));
        Assert.Equal(1, h.Logins);
        Assert.True(h.Simulator.Record.StreamCommands[0].Time - SaturdayNoon <= StreamWorker.CalendarRecheck * 2, h.Describe(40));
        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Name == "WaitingForSession");
    }
}
