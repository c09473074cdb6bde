using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Hosting;
using Schwab.Daemons.Balances;
using Schwab.Daemons.Tests.MarketHours;

namespace Schwab.Daemons.Tests.Balances;

/// <summary>The hosted loop of schwab-balances: reports the next snapshot, then waits for the next whole minute on the injected clock.</summary>
public sealed class BalancesLoopTests
{
    [Fact]
    public async Task ExecuteAsync_SaturdayStart_ReportsMondaysFirstSnapshotAndWaits()
    {
        await using CollectorHarness harness = await BalancesDay.StartAsync(new DateTime(2026, 11, 28, 10, 0, 15), withCalendar: false);
        BalancesWorker worker = harness.Services.GetRequiredService<BalancesWorker>();

        await worker.StartAsync(CancellationToken.None);
        await harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(45));

        Assert.Equal("next snapshot 09:00 ET on 2026-11-30", harness.Services.GetRequiredService<DaemonStatus>().Text);
        Assert.Empty(await harness.QueryAsync("SELECT account_hash FROM SCHWAB_BALANCES"));
        Assert.Empty(harness.Services.GetRequiredService<WorkLoopWatchdog>().StalledLoops());
        await worker.StopAsync(CancellationToken.None);
    }
}
