using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Collectors;
using Schwab.Core.Data;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tests.MarketHours;
using Schwab.Simulator.Account;
using static Schwab.Daemons.Tests.Balances.BalancesDay;

namespace Schwab.Daemons.Tests.Balances;

/// <summary>schwab-balances against the simulator on one fake clock, the calendar fetched by schwab-markethours.</summary>
public sealed class BalancesWorkerTests
{
    private static readonly TimeOnly[] s_times = [new(9, 0), new(13, 0), new(17, 0), new(17, 45), new(21, 0)];

    [Fact]
    public async Task RunDueAsync_ThanksgivingWeek_SnapshotsExactlyAtScheduledTimesOnOpenDaysOnly()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 25, 0, 0, 0));

        IReadOnlyList<BalancesSnapshot> snapshots = await RunUntilAsync(harness, new DateTime(2026, 11, 30, 0, 0, 0));

        // Wednesday and the early-close Friday; not Thanksgiving (holiday) nor the weekend.
        DateTimeOffset[] expected =
        [
            .. s_times.Select(t => Et(11, 25, t.Hour, t.Minute)),
            .. s_times.Select(t => Et(11, 27, t.Hour, t.Minute)),
        ];
        Assert.Equal(expected, snapshots.Select(s => s.CollectedAt));
        IReadOnlyList<string> stored = await harness.QueryAsync("SELECT DISTINCT collected_at FROM SCHWAB_BALANCES ORDER BY 1");
        Assert.Equal(expected, stored.Select(s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)));
        Assert.Equal(expected, (await harness.QueryAsync("SELECT DISTINCT collected_at FROM SCHWAB_POSITIONS ORDER BY 1"))
            .Select(s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)));

        // The accounts were read at those instants, not later.
        DateTimeOffset[] reads = [.. harness.Simulator.Record.Requests.Where(r => r.Path == "/trader/v1/accounts").Select(r => r.Time)];
        Assert.Equal(expected, reads);
        Assert.Equal("next snapshot 09:00 ET on 2026-11-30", harness.Services.GetRequiredService<DaemonStatus>().Text);
    }

    [Fact]
    public async Task RunDueAsync_OpenDay_RowsKeyedByHashWithTheSimulatorsPositions()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 25, 8, 0, 0));

        IReadOnlyList<BalancesSnapshot> snapshots = await RunUntilAsync(harness, new DateTime(2026, 11, 25, 13, 30, 0));

        Assert.Equal(2, snapshots.Count);
        IReadOnlyList<SimulatedAccountInfo> accounts = harness.Simulator.Account.Accounts;
        string[] hashes = [.. accounts.Select(a => a.HashValue).Order(StringComparer.Ordinal)];
        Assert.All(snapshots, s => Assert.Equal(hashes, s.AccountHashes));
        Assert.Equal(hashes, await harness.QueryAsync("SELECT DISTINCT account_hash FROM SCHWAB_BALANCES ORDER BY 1"));
        foreach (BalancesSnapshot snapshot in snapshots)
        {
            Assert.Equal(accounts.Count, snapshot.BalancesInserted);
            foreach (SimulatedAccountInfo account in accounts)
            {
                string[] expected = [.. harness.Simulator.Account.GetPositions(account.AccountNumber, snapshot.CollectedAt).Select(p => p.Symbol).Order(StringComparer.Ordinal)];
                IReadOnlyList<string> symbols = await harness.QueryAsync(
                    $"SELECT symbol FROM SCHWAB_POSITIONS WHERE account_hash = '{account.HashValue}' AND collected_at = '{SqliteText.FromInstant(snapshot.CollectedAt)}' ORDER BY 1");
                Assert.Equal(expected, symbols.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task CollectAsync_ReplayedSnapshot_InsertsNothing()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 25, 8, 0, 0));
        BalancesSnapshot first = Assert.Single(await RunUntilAsync(harness, new DateTime(2026, 11, 25, 9, 5, 0)));
        Assert.True(first.BalancesInserted > 0 && first.PositionsInserted > 0);
        string[] before = [.. await harness.QueryAsync("SELECT count(*) FROM SCHWAB_BALANCES"), .. await harness.QueryAsync("SELECT count(*) FROM SCHWAB_POSITIONS")];

        using IServiceScope scope = harness.Services.CreateScope();
        BalancesSnapshot replay = await ActivatorUtilities.CreateInstance<BalancesCollector>(scope.ServiceProvider)
            .CollectAsync(first.CollectedAt, CancellationToken.None);

        Assert.Equal(first.CollectedAt, replay.CollectedAt);
        Assert.Equal(first.AccountHashes, replay.AccountHashes);
        Assert.Equal((0, 0), (replay.BalancesInserted, replay.PositionsInserted));
        Assert.Equal(first.PositionsSeen, replay.PositionsSeen);
        string[] after = [.. await harness.QueryAsync("SELECT count(*) FROM SCHWAB_BALANCES"), .. await harness.QueryAsync("SELECT count(*) FROM SCHWAB_POSITIONS")];
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task RunDueAsync_EmptyMarketHours_UsesTheLoggedFallbackOnceAndSkipsTheWeekend()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 21, 0, 0, 0), withCalendar: false);

        IReadOnlyList<BalancesSnapshot> snapshots = await RunUntilAsync(harness, new DateTime(2026, 11, 24, 0, 0, 0));

        Assert.Equal(s_times.Select(t => Et(11, 23, t.Hour, t.Minute)), snapshots.Select(s => s.CollectedAt));
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1900);
        Assert.Empty(await harness.QueryAsync("SELECT market_date FROM SCHWAB_MARKET_HOURS"));
    }
}
