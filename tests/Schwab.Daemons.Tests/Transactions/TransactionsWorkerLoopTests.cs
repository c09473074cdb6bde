using Schwab.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Schwab.Daemons.Tests.Transactions;

public sealed class TransactionsWorkerLoopTests
{
    // Intervals no HTTP or resilience timer uses, so the awaited timer is the work loop's own.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Transactions:SessionInterval"] = "00:00:07",
        ["Transactions:OffSessionInterval"] = "00:01:01",
    };

    [Fact]
    public async Task ExecuteAsync_InSession_PollsEverySessionInterval()
    {
        await using TransactionsHarness h = await TransactionsHarness.StartAsync(Settings);
        await h.Worker.StartAsync(CancellationToken.None);

        for (int tick = 1; tick <= 3; tick++)
        {
            await h.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(7));
            Assert.Equal(2 * tick, OrderRequests(h));
            h.Time.Advance(TimeSpan.FromSeconds(7));
        }

        await h.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(7));
        Assert.Contains("in session, next poll 10:00:28 ET", h.Services.GetRequiredService<DaemonStatus>().Text, StringComparison.Ordinal);
        await h.Worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_AfterTheClose_PollsEveryOffSessionInterval()
    {
        await using TransactionsHarness h = await TransactionsHarness.StartAsync(Settings);
        h.Time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 21, 0, 0, TimeSpan.Zero));
        await h.Worker.StartAsync(CancellationToken.None);

        await h.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(61));
        Assert.Equal(2, OrderRequests(h));
        h.Time.Advance(TimeSpan.FromSeconds(61));
        await h.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(61));

        Assert.Equal(4, OrderRequests(h));
        Assert.Contains("outside the session, next poll 16:02:02 ET", h.Services.GetRequiredService<DaemonStatus>().Text, StringComparison.Ordinal);
        await h.Worker.StopAsync(CancellationToken.None);
    }

    private static int OrderRequests(TransactionsHarness h) =>
        h.Simulator.Record.Requests.Count(r => r.Path.EndsWith("/orders", StringComparison.Ordinal));
}
