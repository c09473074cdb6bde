using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration.Daemons;
using Schwab.Simulator.Recording;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

/// <summary>
/// The hosted loop through a whole regular day on a clock whose timers fire a few milliseconds early or late and which
/// moves on while a turn works: every snapshot is taken once, under its own minute, from the market of that minute.
/// </summary>
public sealed class ChainsJitteryClockTests
{
    private static readonly DateOnly s_day = new(2026, 11, 24); // a Tuesday, regular 09:30–16:00 ET

    // The simulator stamps an option's quote up to a second before the instant it prices the chain at, and the index's
    // last quote of the day a millisecond before the close.
    private static readonly TimeSpan s_quoteAge = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ExecuteAsync_TimersFireEarlyAndLate_TakesEverySlotOnceFromItsOwnMinute(int seed)
    {
        var clock = new JitteryTimeProvider(SimulatedDay.At(s_day, new TimeOnly(8, 0)), seed);
        await using ChainsHarness h = await ChainsHarness.StartAsync(clock.Peek(), ChainsExpected.SmallChains, clock: clock);
        await h.StoreCalendarAsync(s_day);
        clock.Advance(SimulatedDay.At(s_day, new TimeOnly(9, 0)) - clock.Peek());
        ChainsOptions options = h.Services.GetRequiredService<IOptions<ChainsOptions>>().Value;

        await h.Worker.StartAsync(CancellationToken.None);
        try
        {
            await clock.RunUntilAsync(SimulatedDay.At(s_day, new TimeOnly(16, 30)));
        }
        finally
        {
            await h.Worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(16, 0), 1), await h.SnapshotsAsync("1min"));
        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(16, 0), 5), await h.SnapshotsAsync("5min"));
        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(16, 0), 30), await h.SnapshotsAsync("30min"));
        IReadOnlyList<(DateTimeOffset Slot, string Cadence)> taken = ChainsExpected.Snapshots(s_day, options.Cadences);
        Assert.Equal(391 + 79 + 14, taken.Count);
        IReadOnlyList<RecordedChain> served = h.Simulator.Record.Chains;
        Assert.Equal(taken.Count, served.Count);
        for (int i = 0; i < taken.Count; i++)
        {
            (DateTimeOffset slot, string cadence) = taken[i];
            RecordedChain chain = served[i];
            Assert.True(
                chain.Time >= slot && chain.Time <= slot + ChainsExpected.Tolerance,
                $"the {cadence} snapshot of {slot:u} was served at {chain.Time:HH:mm:ss.fff}");
            Assert.InRange(chain.Chain.Underlying.QuoteTime, slot - s_quoteAge, slot + ChainsExpected.Tolerance);
            Assert.All(chain.Chain.Contracts, c => Assert.InRange(c.QuoteTime, slot - s_quoteAge, slot + ChainsExpected.Tolerance));
        }

        Assert.True(clock.Perturbed.Early > 100 && clock.Perturbed.Late > 100, $"timers early {clock.Perturbed.Early}, late {clock.Perturbed.Late}");
    }
}
