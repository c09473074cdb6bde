using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Time;
using Schwab.Daemons.MarketHours;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.MarketHours;

/// <summary>The hosted loop through two days on a clock whose timers fire a few milliseconds early or late and which moves on while a turn works.</summary>
public sealed class MarketHoursJitteryClockTests
{
    private static readonly DateOnly s_monday = new(2026, 11, 23);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ExecuteAsync_TimersFireEarlyAndLate_FetchesAtStartThenOncePerFetchTime(int seed)
    {
        DateTimeOffset[] fetchTimes =
        [
            MarketClock.AtExchangeTime(s_monday, new(8, 30)), MarketClock.AtExchangeTime(s_monday.AddDays(1), new(0, 5)),
            MarketClock.AtExchangeTime(s_monday.AddDays(1), new(8, 30)), MarketClock.AtExchangeTime(s_monday.AddDays(2), new(0, 5)),
        ];
        var clock = new JitteryTimeProvider(MarketClock.AtExchangeTime(s_monday, new(6, 0)), seed);
        await using CollectorHarness h = await CollectorHarness.StartAsync(new DateTime(2026, 11, 23, 6, 0, 0), s => s.AddSingleton<MarketHoursWorker>(), clock: clock);
        MarketHoursWorker worker = h.Services.GetRequiredService<MarketHoursWorker>();

        await worker.StartAsync(CancellationToken.None);
        try
        {
            await clock.RunUntilAsync(MarketClock.AtExchangeTime(s_monday.AddDays(2), new(6, 0)));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(1 + fetchTimes.Length, h.Logs.GetSnapshot().Count(r => r.Id.Id == 2100));
        DateTimeOffset[] fetches = [.. h.Simulator.Record.Requests.Where(r => r.Path.EndsWith("/markets", StringComparison.Ordinal)).Select(r => r.Time)];
        Assert.Equal(8 * (1 + fetchTimes.Length), fetches.Length); // today and 7 days ahead, one request a day
        Assert.All(fetchTimes.Select((t, i) => (t, fetches[8 * (i + 1)])), p => Assert.InRange(p.Item2, p.t, p.t + TimeSpan.FromSeconds(1)));
        Assert.True(clock.Perturbed.Early > 100 && clock.Perturbed.Late > 100, $"timers early {clock.Perturbed.Early}, late {clock.Perturbed.Late}");
    }
}
