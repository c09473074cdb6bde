using Schwab.Core.Api;
using Schwab.Core.Api.Http;
using Schwab.Core.Domain;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Http;

public sealed class RequestRateLimiterTests
{
    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(1);

    /// <summary>The largest number of sends inside any half-open window [t, t + 60 s) that starts at a send.</summary>
    private static int MaxInAnyWindow(IReadOnlyList<DateTimeOffset> sends)
    {
        DateTimeOffset[] sorted = [.. sends.Order()];
        int max = 0;
        for (int i = 0, j = 0; i < sorted.Length; i++)
        {
            while (j < sorted.Length && sorted[j] - sorted[i] < s_window)
            {
                j++;
            }

            max = Math.Max(max, j - i);
        }

        return max;
    }

    // Fake time moves only after every send the limiter allowed so far has been observed, in 60-second jumps, so an
    // observed time is always the time the permit was granted. A limiter that let a 121st request through would show
    // it at the same instant as the other 120.
    [Fact]
    public Task AcquireAsync_BurstOf500_NeverExceeds120InAnySixtySecondWindow() => Task.Run(BurstOf500Async);

    private static async Task BurstOf500Async()
    {
        var time = new TimerAwareFakeTimeProvider();
        time.SetUtcNow(new DateTimeOffset(2026, 10, 7, 14, 0, 0, TimeSpan.Zero));
        using var limiter = new RequestRateLimiter(120, s_window, time);
        using var granted = new SemaphoreSlim(0);
        var sends = new List<DateTimeOffset>();
        Task all = Task.WhenAll(Enumerable.Range(0, 500).Select(async _ =>
        {
            await limiter.AcquireAsync(null, CancellationToken.None);
            lock (sends)
            {
                sends.Add(time.GetUtcNow());
            }

            granted.Release();
        }));

        for (int seen = 0; seen < 500;)
        {
            for (int batchEnd = Math.Min(500, seen + 120); seen < batchEnd; seen++)
            {
                await granted.WaitAsync(TimeSpan.FromSeconds(30));
            }

            if (seen < 500)
            {
                // The next caller must be waiting on its delay before time moves (see ClientBurstOf500Async).
                await time.WaitForTimerAsync(d => d == s_window);
                time.Advance(s_window);
            }
        }

        await all.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(500, sends.Count);
        Assert.Equal(120, MaxInAnyWindow(sends));
        Assert.Equal(120, sends.Count(s => s == sends.Min()));
        Assert.Equal(TimeSpan.FromMinutes(4), sends.Max() - sends.Min());
    }

    [Fact]
    public async Task AcquireAsync_AfterAQuietWindow_AllowsAFullBudgetAgain()
    {
        var time = new FakeTimeProvider();
        using var limiter = new RequestRateLimiter(3, s_window, time);
        for (int i = 0; i < 3; i++)
        {
            await limiter.AcquireAsync(null, CancellationToken.None);
        }

        ValueTask fourth = limiter.AcquireAsync(null, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await fourth.AsTask().WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        var time = new FakeTimeProvider();
        using var limiter = new RequestRateLimiter(1, s_window, time);
        await limiter.AcquireAsync(null, CancellationToken.None);
        using var cts = new CancellationTokenSource();

        ValueTask waiting = limiter.AcquireAsync(null, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.AsTask());
    }

    [Fact]
    public Task SchwabClient_BurstOf500Calls_SendsAtMost120PerRollingMinute() => Task.Run(ClientBurstOf500Async);

    private static async Task ClientBurstOf500Async()
    {
        using var h = new ApiHarness();
        h.Stub.Fallback = _ => Schwab.Testing.StubHttpMessageHandler.Respond(System.Net.HttpStatusCode.OK, "[]");
        SchwabClient client = h.Client;

        Task all = Task.WhenAll(Enumerable.Range(0, 500).Select(_ => client.Accounts.GetAccountNumbersAsync()));
        for (int seen = 120; ; seen = Math.Min(500, seen + 120))
        {
            await h.Stub.WaitForRequestsAsync(seen).WaitAsync(TimeSpan.FromSeconds(30));
            if (seen == 500)
            {
                break;
            }

            // Advance only once the next caller waits on the limiter: advancing between its reading the clock and
            // starting its delay would push it a whole window later.
            await h.Time.WaitForTimerAsync(d => d == s_window);
            h.Time.Advance(s_window);
        }

        await all.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(500, h.Stub.Requests.Count);
        Assert.Equal(120, MaxInAnyWindow([.. h.Stub.Requests.Select(r => r.SentAt)]));
    }

    [Fact]
    public Task SchwabClient_AppsHaveSeparateBudgets() => Task.Run(AppsHaveSeparateBudgetsAsync);

    private static async Task AppsHaveSeparateBudgetsAsync()
    {
        using var h = new ApiHarness(new() { ["Schwab:Apps:MAIN_DATA:RequestsPerMinute"] = "2", ["Schwab:Apps:MAIN_TRADE:RequestsPerMinute"] = "2" });
        h.Stub.Fallback = _ => Schwab.Testing.StubHttpMessageHandler.Respond(System.Net.HttpStatusCode.OK, "[]");

        await h.Client.Accounts.GetAccountNumbersAsync();
        await h.Client.Accounts.GetAccountNumbersAsync();
        await h.Client.ForApp("MAIN_DATA").Accounts.GetAccountNumbersAsync();
        Task<IReadOnlyList<AccountLink>> third = h.Client.Accounts.GetAccountNumbersAsync();

        Assert.Equal(3, h.Stub.Requests.Count);
        Assert.False(third.IsCompleted);
        await h.RunAsync(third, TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromMinutes(1), h.Stub.Requests[3].SentAt - h.Stub.Requests[0].SentAt);
    }
}
