using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tokens;

namespace Schwab.Daemons.Tests.Tokens;

/// <summary>The tokens loop counts as stalled after three missed checks plus one slow token call and lock wait — not minutes later.</summary>
public sealed class TokensWorkerWatchdogTests
{
    [Fact]
    public async Task ExecuteAsync_FrozenLoop_StalledAfterThreeChecksPlusRequestAndLockTimeouts()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container(settings: new Dictionary<string, string?>
        {
            ["Tokens:FreezeWorkLoopForTests"] = "true",
            ["Tokens:CheckInterval"] = "00:00:01",
            ["Schwab:RequestTimeout"] = "00:00:02",
            ["Database:BusyTimeout"] = "00:00:01",
        });
        TokensWorker worker = daemon.GetRequiredService<TokensWorker>();
        WorkLoopWatchdog watchdog = daemon.GetRequiredService<WorkLoopWatchdog>();
        using var stop = new CancellationTokenSource();

        await worker.StartAsync(stop.Token);
        // ExecuteAsync runs on its own task: its loop is registered before the check timer is created.
        await harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(6)); // 3 × 1 s + (2 s + 1 s)
        IReadOnlyList<string> atLimit = watchdog.StalledLoops();
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        IReadOnlyList<string> beyond = watchdog.StalledLoops();
        await worker.StopAsync(CancellationToken.None);

        Assert.Empty(atLimit);
        Assert.Equal(["tokens"], beyond);
        Assert.Single(daemon.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 2006);
    }
}
