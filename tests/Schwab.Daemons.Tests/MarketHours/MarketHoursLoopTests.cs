using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Hosting;
using Schwab.Daemons.MarketHours;

namespace Schwab.Daemons.Tests.MarketHours;

/// <summary>The hosted loop of schwab-markethours: fetches at start, then waits for the next whole minute on the injected clock.</summary>
public sealed class MarketHoursLoopTests
{
    [Fact]
    public async Task ExecuteAsync_Start_FetchesThenWaitsUntilTheNextWholeMinute()
    {
        await using CollectorHarness harness = await CollectorHarness.StartAsync(
            new DateTime(2026, 11, 23, 6, 0, 30), s => s.AddSingleton<MarketHoursWorker>());
        MarketHoursWorker worker = harness.Services.GetRequiredService<MarketHoursWorker>();

        await worker.StartAsync(CancellationToken.None);
        await harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(30));

        Assert.Equal("next fetch 08:30 ET; 8 days stored", harness.Services.GetRequiredService<DaemonStatus>().Text);
        Assert.Equal(8, (await harness.QueryAsync("SELECT DISTINCT market_date FROM SCHWAB_MARKET_HOURS")).Count);
        Assert.Empty(harness.Services.GetRequiredService<WorkLoopWatchdog>().StalledLoops());
        await worker.StopAsync(CancellationToken.None);
    }
}
