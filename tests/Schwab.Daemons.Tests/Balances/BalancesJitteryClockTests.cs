using Microsoft.Extensions.DependencyInjection;
using Schwab.Daemons.Balances;
using Schwab.Daemons.MarketHours;
using Schwab.Daemons.Tests.MarketHours;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Balances;

/// <summary>The hosted loop through a trading day on a clock whose timers fire a few milliseconds early or late and which moves on while a turn works.</summary>
public sealed class BalancesJitteryClockTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ExecuteAsync_TimersFireEarlyAndLate_TakesEachSnapshotOnceWithinItsTolerance(int seed)
    {
        DateTimeOffset[] slots = [BalancesDay.Et(11, 23, 9, 0), BalancesDay.Et(11, 23, 13, 0), BalancesDay.Et(11, 23, 17, 0), BalancesDay.Et(11, 23, 17, 45), BalancesDay.Et(11, 23, 21, 0)];
        var clock = new JitteryTimeProvider(BalancesDay.Et(11, 23, 6, 0), seed);
        await using CollectorHarness h = await CollectorHarness.StartAsync(
            new DateTime(2026, 11, 23, 6, 0, 0), s => s.AddSingleton<BalancesWorker>().AddSingleton<MarketHoursWorker>(), clock: clock);
        await h.Services.GetRequiredService<MarketHoursWorker>().FetchAsync(CancellationToken.None);
        BalancesWorker worker = h.Services.GetRequiredService<BalancesWorker>();

        await worker.StartAsync(CancellationToken.None);
        try
        {
            await clock.RunUntilAsync(BalancesDay.Et(11, 23, 23, 0));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(slots.Select(s => s.ToString("u", System.Globalization.CultureInfo.InvariantCulture)), await SnapshotTimesAsync(h));
        DateTimeOffset[] served = [.. h.Simulator.Record.Requests.Where(r => r.Path.EndsWith("/accounts", StringComparison.Ordinal)).Select(r => r.Time)];
        Assert.Equal(slots.Length, served.Length);
        Assert.All(slots.Zip(served), p => Assert.InRange(p.Second, p.First, p.First + TimeSpan.FromSeconds(1)));
        Assert.True(clock.Perturbed.Early > 100 && clock.Perturbed.Late > 100, $"timers early {clock.Perturbed.Early}, late {clock.Perturbed.Late}");
    }

    private static async Task<IEnumerable<string>> SnapshotTimesAsync(CollectorHarness h) =>
        (await h.QueryAsync("SELECT DISTINCT collected_at FROM SCHWAB_BALANCES"))
            .Select(t => Schwab.Core.Data.SqliteText.ToInstant(t).ToString("u", System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal);
}
