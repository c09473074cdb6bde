using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Simulator;

namespace Schwab.Testing;

/// <summary>What <c>schwab-markethours</c> stores, fetched from a simulator into a SQLite file (for daemons that follow the calendar).</summary>
public static class SimulatorMarketHours
{
    /// <summary>
    /// Fetches equity and option hours for today and the next <paramref name="daysAhead"/> days from <paramref name="simulator"/>
    /// and stores them; the file must hold MAIN_DATA's tokens (see <see cref="SimulatorLogin"/>).
    /// </summary>
    /// <returns>The number of market-hours rows stored.</returns>
    public static async Task<int> StoreAsync(
        SchwabSimulator simulator, string databasePath, string keyFile, int daysAhead = 1, CancellationToken cancellationToken = default)
    {
        await using ServiceProvider provider = SimulatorServices.Build(simulator, databasePath, keyFile);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();
        SchwabClient client = scope.ServiceProvider.GetRequiredService<SchwabClient>();
        DateOnly today = Core.Time.MarketClock.ExchangeDate(simulator.Options.Time.GetUtcNow());
        var days = new List<Core.Domain.MarketHours>();
        for (int i = 0; i <= daysAhead; i++)
        {
            days.AddRange(await client.MarketData.GetMarketHoursAsync(["equity", "option"], today.AddDays(i), cancellationToken));
        }

        await scope.ServiceProvider.GetRequiredService<MarketHoursStore>().UpsertAsync(days, cancellationToken);
        return days.Count;
    }
}
