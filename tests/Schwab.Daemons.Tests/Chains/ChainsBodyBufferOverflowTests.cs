using Schwab.Simulator.Faults;
using Schwab.Simulator.Recording;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

public sealed class ChainsBodyBufferOverflowTests
{
    private const string ChainsPath = "/marketdata/v1/chains";
    private const string WideWindow = "fromDate=2026-12-02&toDate=2026-12-24";
    private static readonly DateOnly s_day = new(2026, 11, 24);

    // No client retries: the injected 500 must reach the daemon once (the resilience delays run on the fake clock).
    private static readonly Dictionary<string, string?> s_noRetries = new() { ["Schwab:Resilience:MaxRetryAttempts"] = "0" };

    [Fact]
    public async Task RunOnceAsync_OverflowOnTheWideWindow_SplitsByExpiryAndStoresEveryContractServed()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), s_noRetries);
        await h.StoreCalendarAsync(s_day);
        h.Simulator.Faults.Add(new HttpFault { PathPrefix = ChainsPath, Kind = HttpFaultKind.BodyBufferOverflow, MaxExpirations = 10 });

        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 0)));
        await h.Worker.RunOnceAsync(CancellationToken.None);

        AssertSplitStoredEverything(await h.RowsAsync(), h.Simulator.Record.Chains, h.Simulator.Record.Requests);
        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2301);
        Assert.Contains(h.Simulator.Record.Requests, r => r.Path.EndsWith("/expirationchain", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_OverflowAndNoExpirationChain_SplitsByEveryDateOfTheWindow()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), s_noRetries);
        await h.StoreCalendarAsync(s_day);
        h.Simulator.Faults.Add(new HttpFault { PathPrefix = ChainsPath, Kind = HttpFaultKind.BodyBufferOverflow, MaxExpirations = 10 });
        h.Simulator.Faults.Add(new HttpFault { PathPrefix = "/marketdata/v1/expirationchain", Kind = HttpFaultKind.Status, StatusCode = 503 });

        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 0)));
        await h.Worker.RunOnceAsync(CancellationToken.None);

        AssertSplitStoredEverything(await h.RowsAsync(), h.Simulator.Record.Chains, h.Simulator.Record.Requests);
        Assert.Equal(23, h.Simulator.Record.Chains.Count(c => IsSingleDateInWideWindow(c.Query)));
        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2305);
    }

    [Fact]
    public async Task RunOnceAsync_WindowWiderThanMaxDteSpanPerRequest_SplitsWithoutRequestingTheWholeRange()
    {
        var settings = new Dictionary<string, string?> { ["Chains:StrikeCount"] = "10", ["Chains:MaxDteSpanPerRequest"] = "5" };
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), settings);
        await h.StoreCalendarAsync(s_day);

        h.Time.SetUtcNow(SimulatedDay.At(s_day, new TimeOnly(10, 5)));
        await h.Worker.RunOnceAsync(CancellationToken.None);

        IReadOnlyList<RecordedChain> served = h.Simulator.Record.Chains;
        Assert.DoesNotContain(served, c => c.Query.Contains("toDate=2026-12-01", StringComparison.Ordinal) && !c.Query.Contains("fromDate=2026-12-01", StringComparison.Ordinal));
        // The first request is the 1min snapshot (cadences run in order); every later one is a piece of the 5min window.
        string[] pieces = [.. served.Where(c => c.Query.Contains("fromDate=", StringComparison.Ordinal)).Skip(1).SelectMany(c => c.Chain.Contracts).Select(c => c.Symbol).Order(StringComparer.Ordinal)];
        string[] stored = [.. (await h.RowsAsync()).Where(r => r.Frequency == "5min").Select(r => r.Symbol).Order(StringComparer.Ordinal)];
        Assert.NotEmpty(stored);
        Assert.Equal(pieces, stored);
        Assert.DoesNotContain(h.Simulator.Record.Requests, r => r.Status >= 400);
    }

    private static void AssertSplitStoredEverything(
        IReadOnlyList<(DateTimeOffset CollectedAt, string Frequency, string Symbol)> rows,
        IReadOnlyList<RecordedChain> served,
        IReadOnlyList<Schwab.Simulator.Recording.RecordedRequest> requests)
    {
        Assert.Single(requests, r => r.Path == ChainsPath && r.Query.Contains(WideWindow, StringComparison.Ordinal) && r.Status == 500);
        RecordedChain[] pieces = [.. served.Where(c => IsSingleDateInWideWindow(c.Query))];
        Assert.True(pieces.Count(p => p.Chain.Contracts.Count > 0) > 10, "the wide window spans more expirations than the fault allows");
        Assert.All(pieces, p => Assert.Contains("strikeCount=200", p.Query, StringComparison.Ordinal));
        string[] servedSymbols = [.. pieces.SelectMany(p => p.Chain.Contracts).Select(c => c.Symbol).Order(StringComparer.Ordinal)];
        string[] stored = [.. rows.Where(r => r.Frequency == "30min").Select(r => r.Symbol).Order(StringComparer.Ordinal)];
        Assert.Equal(servedSymbols, stored);
        Assert.Single(rows.Where(r => r.Frequency == "30min").Select(r => r.CollectedAt).Distinct());

        // The narrow windows were not split.
        Assert.Single(served, c => c.Query.Contains("fromDate=2026-11-24&toDate=2026-12-01", StringComparison.Ordinal));
        Assert.Single(served, c => c.Query.Contains("fromDate=2026-11-24&toDate=2026-11-24", StringComparison.Ordinal));
    }

    private static bool IsSingleDateInWideWindow(string query)
    {
        for (DateOnly d = new(2026, 12, 2); d <= new DateOnly(2026, 12, 24); d = d.AddDays(1))
        {
            string date = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (query.Contains($"fromDate={date}&toDate={date}", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
