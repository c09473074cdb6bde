using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Hosting;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

public sealed class ChainsCalendarTests
{
    private static readonly DateOnly s_thanksgiving = new(2026, 11, 26);
    private static readonly DateOnly s_blackFriday = new(2026, 11, 27); // early close 13:00 ET

    [Fact]
    public async Task RunOnceAsync_HolidayThenEarlyClose_FollowTheStoredCalendar()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_thanksgiving, new TimeOnly(8, 0)), ChainsExpected.SmallChains);
        // As schwab-markethours does: today and the next 7 days (the STATUS line looks ahead to the next session).
        await h.StoreCalendarAsync([.. Enumerable.Range(0, 8).Select(s_thanksgiving.AddDays)]);

        await h.RunMinutesAsync(SimulatedDay.At(s_thanksgiving, new TimeOnly(9, 0)), SimulatedDay.At(s_thanksgiving, new TimeOnly(16, 30)));
        Assert.Empty(await h.RowsAsync());
        Assert.Empty(h.Simulator.Record.Chains);
        Assert.Equal("waiting for session 09:30 ET on 2026-11-27", h.Services.GetRequiredService<DaemonStatus>().Text);

        await h.RunMinutesAsync(SimulatedDay.At(s_blackFriday, new TimeOnly(9, 0)), SimulatedDay.At(s_blackFriday, new TimeOnly(16, 30)));

        Assert.Equal(ChainsExpected.Minutes(s_blackFriday, new(9, 30), new(13, 0), 1), await h.SnapshotsAsync("1min"));
        Assert.Equal(ChainsExpected.Minutes(s_blackFriday, new(9, 30), new(13, 0), 5), await h.SnapshotsAsync("5min"));
        Assert.Equal(ChainsExpected.Minutes(s_blackFriday, new(9, 30), new(13, 0), 30), await h.SnapshotsAsync("30min"));
        Assert.Equal(211, (await h.SnapshotsAsync("1min")).Count);
        Assert.Equal(43, (await h.SnapshotsAsync("5min")).Count);
        Assert.Equal(8, (await h.SnapshotsAsync("30min")).Count);
        Assert.All(await h.RowsAsync(), r => Assert.InRange(r.CollectedAt, SimulatedDay.At(s_blackFriday, new(9, 29, 30)), SimulatedDay.At(s_blackFriday, new(13, 0, 29))));
        Assert.Equal("waiting for session 09:30 ET on 2026-11-30", h.Services.GetRequiredService<DaemonStatus>().Text);
        Assert.DoesNotContain(h.Logs.GetSnapshot(), r => r.Id.Id == 1900);
    }

    [Fact]
    public async Task RunOnceAsync_MarketHoursEmpty_UsesTheMondayToFridayFallbackAndLogsItOnce()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_blackFriday, new TimeOnly(8, 0)), ChainsExpected.SmallChains);

        // No MARKET_HOURS rows: the early close is unknown, so the fallback's 09:30–16:00 applies.
        await h.RunMinutesAsync(SimulatedDay.At(s_blackFriday, new TimeOnly(9, 0)), SimulatedDay.At(s_blackFriday, new TimeOnly(16, 30)));

        Assert.Equal(391, (await h.SnapshotsAsync("1min")).Count);
        Assert.Equal(79, (await h.SnapshotsAsync("5min")).Count);
        Assert.Equal(14, (await h.SnapshotsAsync("30min")).Count);
        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 1900);
    }

    [Fact]
    public async Task RunOnceAsync_BeforeAndDuringTheSession_StatusSaysWhatComesNext()
    {
        DateOnly day = new(2026, 11, 24);
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(day, new TimeOnly(8, 0)), ChainsExpected.SmallChains);
        await h.StoreCalendarAsync(day);
        DaemonStatus status = h.Services.GetRequiredService<DaemonStatus>();

        await h.Worker.RunOnceAsync(CancellationToken.None);
        Assert.Equal("waiting for session 09:30 ET", status.Text);

        h.Time.SetUtcNow(SimulatedDay.At(day, new TimeOnly(9, 29, 10)));
        await h.Worker.RunOnceAsync(CancellationToken.None);
        Assert.Equal("next snapshot 09:30:00 ET", status.Text);

        h.Time.SetUtcNow(SimulatedDay.At(day, new TimeOnly(10, 30, 2))); // an hour late: 10:26–10:29 are caught up, late
        await h.Worker.RunOnceAsync(CancellationToken.None);
        Assert.Equal("next snapshot 10:31:00 ET; the 10:29 ET snapshots were taken 62 s late", status.Text);
        Assert.NotNull(status.LastSuccessAt);
    }
}
