using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Time;
using Schwab.Testing;

namespace Schwab.Core.Tests.Time;

public sealed class SlotSchedulerTests
{
    private static readonly DateTimeOffset s_nine = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_tolerance = TimeSpan.FromSeconds(10);

    private static DateTimeOffset? EveryMinute(DateTimeOffset after) =>
        new DateTimeOffset(after.UtcTicks - (after.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);

    [Fact]
    public async Task TakeDueAsync_WokenJustBeforeTheSlotWhileTheClockMoves_TakesTheSlotOnTimeOnTheNextWakeUp()
    {
        // The turn that wakes 1 ms early finds nothing due; by the time it plans its wait the clock has crossed the
        // minute. The wait is for the slot after the last taken, so it ends at once instead of a minute later.
        var time = new FakeTimeProvider(s_nine);
        var scheduler = new SlotScheduler("test", EveryMinute, s_tolerance, time, new FakeLogger());
        Assert.Equal([s_nine], (await scheduler.TakeDueAsync(CancellationToken.None)).Select(s => s.Slot));
        time.SetUtcNow(s_nine.AddMinutes(1).AddMilliseconds(-1));
        Assert.Empty(await scheduler.TakeDueAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMilliseconds(2));

        await scheduler.WaitForNextAsync(CancellationToken.None);
        DueSlot taken = Assert.Single(await scheduler.TakeDueAsync(CancellationToken.None));

        Assert.Equal(new DueSlot(s_nine.AddMinutes(1), s_nine.AddMinutes(1).AddMilliseconds(1), IsLate: false), taken);
    }

    [Fact]
    public async Task WaitForNextAsync_TimersFiringEarlyAndLate_EverySlotTakenOnceAtOrAfterItsTime()
    {
        var time = new JitteryTimeProvider(s_nine, seed: 42);
        var scheduler = new SlotScheduler("test", EveryMinute, s_tolerance, time, new FakeLogger());
        var taken = new List<DueSlot>();
        using var stop = new CancellationTokenSource();
        Task loop = Task.Run(async () =>
        {
            while (true)
            {
                taken.AddRange(await scheduler.TakeDueAsync(stop.Token));
                await scheduler.WaitForNextAsync(stop.Token);
            }
        });

        await time.RunUntilAsync(s_nine.AddHours(2).AddSeconds(1));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);

        Assert.Equal(Enumerable.Range(0, 121).Select(i => s_nine.AddMinutes(i)), taken.Select(s => s.Slot));
        Assert.All(taken, s => Assert.InRange(s.Lateness, TimeSpan.Zero, TimeSpan.FromMilliseconds(20)));
        Assert.True(time.Perturbed.Early > 10 && time.Perturbed.Late > 10, $"early {time.Perturbed.Early}, late {time.Perturbed.Late}");
    }

    [Fact]
    public async Task TakeDueAsync_LaterThanTheTolerance_TakesEachMissedSlotMarkedLateAndLogsHowLate()
    {
        var time = new FakeTimeProvider(s_nine);
        var logger = new FakeLogger();
        var scheduler = new SlotScheduler("test", EveryMinute, s_tolerance, time, logger);
        await scheduler.TakeDueAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(125));

        IReadOnlyList<DueSlot> due = await scheduler.TakeDueAsync(CancellationToken.None);

        Assert.Equal([(s_nine.AddMinutes(1), true), (s_nine.AddMinutes(2), false)], due.Select(s => (s.Slot, s.IsLate)));
        FakeLogRecord late = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(1901, late.Id.Id);
        Assert.Equal("The test slot 2026-11-24 14:01:00Z is taken late, 00:01:05 after its time; what it collects is later than its label", late.Message);
    }

    [Fact]
    public async Task TakeDueAsync_StartedWithinTheToleranceAfterASlot_TakesItAndNothingEarlier()
    {
        var time = new FakeTimeProvider(s_nine.AddSeconds(9));
        var scheduler = new SlotScheduler("test", EveryMinute, s_tolerance, time, new FakeLogger());

        Assert.Equal([s_nine], (await scheduler.TakeDueAsync(CancellationToken.None)).Select(s => s.Slot));
        Assert.Empty(await scheduler.TakeDueAsync(CancellationToken.None));
        Assert.Equal(s_nine.AddMinutes(1), await scheduler.NextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TakeDueAsync_StartedLaterThanTheToleranceAfterASlot_WaitsForTheNextOne()
    {
        var time = new FakeTimeProvider(s_nine.AddSeconds(11));
        var scheduler = new SlotScheduler("test", EveryMinute, s_tolerance, time, new FakeLogger());

        Assert.Empty(await scheduler.TakeDueAsync(CancellationToken.None));
        Assert.Equal(s_nine.AddMinutes(1), await scheduler.NextAsync(CancellationToken.None));
    }
}
