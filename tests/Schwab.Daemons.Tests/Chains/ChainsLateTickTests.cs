using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Hosting;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

public sealed class ChainsLateTickTests
{
    private static readonly DateOnly s_day = new(2026, 11, 24);

    [Fact]
    public async Task RunOnceAsync_TickLateOrTwiceInAMinute_TakesEveryMinuteOnceAndMarksTheLateOnes()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), ChainsExpected.SmallChains);
        await h.StoreCalendarAsync(s_day);

        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 0, 0)));
        await h.Worker.RunOnceAsync(CancellationToken.None);
        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 2, 40))); // 10:01 and 10:02 were missed
        await h.Worker.RunOnceAsync(CancellationToken.None);
        Assert.Equal("next snapshot 10:03:00 ET; the 10:02 ET snapshots were taken 40 s late", h.Services.GetRequiredService<DaemonStatus>().Text);
        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 2, 55))); // the same minute again
        await h.Worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(ChainsExpected.Minutes(s_day, new(10, 0), new(10, 2), 1), await h.SnapshotsAsync("1min"));
        Assert.Equal([SimulatedDay.At(s_day, new(10, 0))], await h.SnapshotsAsync("5min"));
        Assert.Equal(3 + 1 + 1, h.Simulator.Record.Chains.Count);
        Assert.Equal(
            ["The chains slot 2026-11-24 15:01:00Z is taken late, 00:01:40 after its time; what it collects is later than its label",
             "The chains slot 2026-11-24 15:02:00Z is taken late, 00:00:40 after its time; what it collects is later than its label"],
            h.Logs.GetSnapshot().Where(r => r.Id.Id == 1901).Select(r => r.Message));
    }

    [Fact]
    public async Task RunOnceAsync_FarBehind_CatchesUpMinutesUpToFiveMinutesOldAndLogsTheSkip()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), ChainsExpected.SmallChains);
        await h.StoreCalendarAsync(s_day);

        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 0, 0)));
        await h.Worker.RunOnceAsync(CancellationToken.None);
        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 20, 5)));
        await h.Worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(
            [SimulatedDay.At(s_day, new(10, 0)), .. ChainsExpected.Minutes(s_day, new(10, 16), new(10, 20), 1)],
            await h.SnapshotsAsync("1min"));
        Assert.Equal(
            "The chains schedule fell behind: 15 slots from 2026-11-24 15:01:00Z to 2026-11-24 15:15:00Z are skipped (only slots up to 00:05:00 old are caught up)",
            Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 1902).Message);
    }
}
