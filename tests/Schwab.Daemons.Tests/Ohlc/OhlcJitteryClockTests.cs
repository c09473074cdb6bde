using Schwab.Core.Time;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Ohlc;

/// <summary>The hosted loop through a week on a clock whose timers fire a few milliseconds early or late: one run at start, then one per run time.</summary>
public sealed class OhlcJitteryClockTests
{
    private static readonly DateOnly s_monday = new(2026, 11, 16);

    [Theory]
    [InlineData(1, 0)] // a clock that stands still while a run works: an early wake-up would run twice
    [InlineData(2, 1)]
    public async Task ExecuteAsync_TimersFireEarlyAndLate_RunsOncePerRunTime(int seed, int readStepMs)
    {
        DateTimeOffset start = MarketClock.AtExchangeTime(s_monday, new TimeOnly(8, 0));
        var clock = new JitteryTimeProvider(start, seed, readStep: TimeSpan.FromMilliseconds(readStepMs));
        await using OhlcHarness h = await OhlcHarness.StartAsync(s_monday, clock);

        await h.Worker.StartAsync(CancellationToken.None);
        try
        {
            await clock.RunUntilAsync(MarketClock.AtExchangeTime(s_monday.AddDays(5), new TimeOnly(12, 0))); // Saturday noon
        }
        finally
        {
            await h.Worker.StopAsync(CancellationToken.None);
        }

        // 2 run times a weekday for five days and Saturday 09:15, after the run at start.
        Assert.Equal(1 + 10 + 1, h.Logs.GetSnapshot().Count(r => r.Id.Id == 2400 && r.Message.StartsWith("Candles of $SPX:", StringComparison.Ordinal)));
        Assert.True(clock.Perturbed.Early > 0 && clock.Perturbed.Late > 0, $"timers early {clock.Perturbed.Early}, late {clock.Perturbed.Late}");
    }
}
