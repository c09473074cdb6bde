using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

public sealed class ChainsRegularDayTests
{
    private static readonly DateOnly s_day = new(2026, 11, 24); // a Tuesday, regular 09:30–16:00 ET

    [Fact]
    public async Task RunOnceAsync_WholeRegularDay_StoresEverySnapshotOfEveryCadenceAndNothingOutsideThePaddedSession()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), ChainsExpected.SmallChains);
        await h.StoreCalendarAsync(s_day);

        await h.RunMinutesAsync(SimulatedDay.At(s_day, new TimeOnly(9, 0)), SimulatedDay.At(s_day, new TimeOnly(16, 30)));

        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(16, 0), 1), await h.SnapshotsAsync("1min"));
        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(16, 0), 5), await h.SnapshotsAsync("5min"));
        Assert.Equal(ChainsExpected.Minutes(s_day, new(9, 30), new(16, 0), 30), await h.SnapshotsAsync("30min"));
        Assert.Equal(391, (await h.SnapshotsAsync("1min")).Count);
        Assert.Equal(79, (await h.SnapshotsAsync("5min")).Count);
        Assert.Equal(14, (await h.SnapshotsAsync("30min")).Count);
        var rows = await h.RowsAsync();
        Assert.Equal(391 + 79 + 14, rows.Select(r => (r.CollectedAt, r.Frequency)).Distinct().Count());
        Assert.All(rows, r => Assert.InRange(r.CollectedAt, SimulatedDay.At(s_day, new(9, 29, 30)), SimulatedDay.At(s_day, new(16, 0, 29))));
        Assert.Equal(391 + 79 + 14, h.Simulator.Record.Chains.Count);
    }

    [Fact]
    public async Task RunOnceAsync_Requests_CarryTheDteWindowStrikeCountAndUnderlyingQuote()
    {
        await using ChainsHarness h = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), ChainsExpected.SmallChains);
        await h.StoreCalendarAsync(s_day);

        await h.RunMinutesAsync(SimulatedDay.At(s_day, new TimeOnly(9, 59)), SimulatedDay.At(s_day, new TimeOnly(10, 0)));

        string[] queries = [.. h.Simulator.Record.Chains.Select(c => c.Query)];
        Assert.Equal(4, queries.Length); // 09:59 1min; 10:00 1min, 5min, 30min
        Assert.All(queries, q => Assert.Contains("strikeCount=10", q, StringComparison.Ordinal));
        Assert.All(queries, q => Assert.Contains("includeUnderlyingQuote=true", q, StringComparison.Ordinal));
        Assert.All(queries, q => Assert.Contains("symbol=%24SPX", q, StringComparison.Ordinal));
        Assert.Equal(2, queries.Count(q => q.Contains("fromDate=2026-11-24&toDate=2026-11-24", StringComparison.Ordinal)));
        Assert.Single(queries, q => q.Contains("fromDate=2026-11-24&toDate=2026-12-01", StringComparison.Ordinal));
        Assert.Single(queries, q => q.Contains("fromDate=2026-12-02&toDate=2026-12-24", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_SameDayReplayedOnTheSameDatabase_InsertsNothingNew()
    {
        using var dir = new TempDirectory();
        DateTimeOffset open = SimulatedDay.At(s_day, new TimeOnly(9, 25));
        DateTimeOffset close = SimulatedDay.At(s_day, new TimeOnly(16, 5));
        int rowsAfterFirst;
        await using (ChainsHarness first = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), ChainsExpected.SmallChains, dir))
        {
            await first.StoreCalendarAsync(s_day);
            await first.RunMinutesAsync(open, close);
            rowsAfterFirst = (await first.RowsAsync()).Count;
        }

        await using ChainsHarness replay = await ChainsHarness.StartAsync(SimulatedDay.At(s_day, new TimeOnly(8, 0)), ChainsExpected.SmallChains, dir);
        await replay.RunMinutesAsync(open, close);

        Assert.Equal(391 + 79 + 14, replay.Simulator.Record.Chains.Count); // the replay fetched every snapshot again
        Assert.True(rowsAfterFirst > 0);
        Assert.Equal(rowsAfterFirst, (await replay.RowsAsync()).Count);
        Assert.Contains(replay.Logs.GetSnapshot(), r => r.Id.Id == 2300 && r.Message.EndsWith(", 0 new", StringComparison.Ordinal));
        Assert.DoesNotContain(replay.Logs.GetSnapshot(), r => r.Id.Id == 2300 && !r.Message.EndsWith(", 0 new", StringComparison.Ordinal));
    }
}
