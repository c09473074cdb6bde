using Schwab.Testing;

namespace Schwab.Daemons.Tests.Transactions;

/// <summary>
/// The hosted loop from 08:00 to 17:00 ET on a clock whose timers fire a few milliseconds early or late and which moves on
/// while a poll works: the polls stay on the grid of their intervals (each one interval after the last), none twice, none drifting.
/// </summary>
public sealed class TransactionsJitteryClockTests
{
    private static readonly DateTimeOffset s_open = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero); // 09:30 ET, the fallback calendar
    private static readonly DateTimeOffset s_close = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Transactions:SessionInterval"] = "00:01:00",
        ["Transactions:OffSessionInterval"] = "00:05:00",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ExecuteAsync_TimersFireEarlyAndLate_PollsOncePerIntervalOnTheGrid(int seed)
    {
        DateTimeOffset start = s_open.AddMinutes(-90);
        DateTimeOffset end = s_close.AddHours(1);
        var clock = new JitteryTimeProvider(start, seed);
        await using TransactionsHarness h = await TransactionsHarness.StartAsync(Settings, clock);

        await h.Worker.StartAsync(CancellationToken.None);
        try
        {
            await clock.RunUntilAsync(end.AddSeconds(-1));
        }
        finally
        {
            await h.Worker.StopAsync(CancellationToken.None);
        }

        var slots = new List<DateTimeOffset>();
        for (DateTimeOffset slot = start; slot < end; slot += slot >= s_open && slot < s_close ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(5))
        {
            slots.Add(slot);
        }

        DateTimeOffset[] polls = Polls(h);
        Assert.Equal(slots.Count, polls.Length);
        Assert.All(slots.Zip(polls), p => Assert.InRange(p.Second, p.First, p.First + TimeSpan.FromSeconds(1)));
        Assert.True(clock.Perturbed.Early > 100 && clock.Perturbed.Late > 100, $"timers early {clock.Perturbed.Early}, late {clock.Perturbed.Late}");
    }

    // A poll's order requests go out together; the next poll's come at least an interval later.
    private static DateTimeOffset[] Polls(TransactionsHarness h)
    {
        DateTimeOffset[] requests = [.. h.Simulator.Record.Requests.Where(r => r.Path.EndsWith("/orders", StringComparison.Ordinal)).Select(r => r.Time)];
        return [.. requests.Where((t, i) => i == 0 || t - requests[i - 1] > TimeSpan.FromSeconds(10))];
    }
}
