using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Collectors;
using Schwab.Core.Time;
using Schwab.Daemons.Balances;
using Schwab.Daemons.MarketHours;
using Schwab.Daemons.Tests.MarketHours;

namespace Schwab.Daemons.Tests.Balances;

/// <summary>Drives schwab-markethours and schwab-balances turn by turn, one minute at a time, on the harness's one clock.</summary>
internal static class BalancesDay
{
    public static Task<CollectorHarness> StartAsync(DateTime startExchangeTime, bool withCalendar = true) =>
        CollectorHarness.StartAsync(startExchangeTime, s =>
        {
            s.AddSingleton<BalancesWorker>();
            if (withCalendar)
            {
                s.AddSingleton<MarketHoursWorker>();
            }
        });

    /// <summary>Turns both workers every minute until <paramref name="endExchangeTime"/>; returns the snapshots stored.</summary>
    public static async Task<IReadOnlyList<BalancesSnapshot>> RunUntilAsync(CollectorHarness harness, DateTime endExchangeTime)
    {
        DateTimeOffset end = MarketClock.AtExchangeTime(DateOnly.FromDateTime(endExchangeTime), TimeOnly.FromDateTime(endExchangeTime));
        MarketHoursWorker? calendar = harness.Services.GetService<MarketHoursWorker>();
        BalancesWorker balances = harness.Services.GetRequiredService<BalancesWorker>();
        var snapshots = new List<BalancesSnapshot>();
        while (harness.Time.GetUtcNow() <= end)
        {
            if (calendar is not null)
            {
                await calendar.RunDueAsync(CancellationToken.None);
            }

            if (await balances.RunDueAsync(CancellationToken.None) is { } snapshot)
            {
                snapshots.Add(snapshot);
            }

            harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        return snapshots;
    }

    public static DateTimeOffset Et(int month, int day, int hour, int minute) =>
        MarketClock.AtExchangeTime(new DateOnly(2026, month, day), new TimeOnly(hour, minute));
}
