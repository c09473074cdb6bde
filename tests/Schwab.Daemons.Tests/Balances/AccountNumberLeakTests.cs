using Microsoft.Extensions.Logging.Testing;
using Schwab.Daemons.Tests.MarketHours;
using Schwab.Simulator.Account;
using static Schwab.Daemons.Tests.Balances.BalancesDay;

namespace Schwab.Daemons.Tests.Balances;

/// <summary>No full account number in any text column of any table, nor in any log line, after a day of snapshots.</summary>
public sealed class AccountNumberLeakTests
{
    [Fact]
    public async Task RunDueAsync_FullDay_NoAccountNumberInAnyColumnOrLogLine()
    {
        await using CollectorHarness harness = await StartAsync(new DateTime(2026, 11, 25, 0, 0, 0));
        await RunUntilAsync(harness, new DateTime(2026, 11, 26, 0, 0, 0));

        IReadOnlyList<SimulatedAccountInfo> accounts = harness.Simulator.Account.Accounts;
        Assert.NotEmpty(accounts);
        IReadOnlyList<(string Table, string Column, string Value)> cells = await harness.AllTextAsync();
        IReadOnlyList<FakeLogRecord> logs = harness.Logs.GetSnapshot();
        string[] lines =
        [
            .. logs.Select(r => r.Message),
            .. logs.SelectMany(r => r.StructuredState ?? []).Select(kv => kv.Value ?? ""),
            .. logs.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()),
        ];

        // The grep reads real data: each hash is in the balances, the hash table and a log line.
        Assert.All(accounts, a =>
        {
            Assert.Contains(cells, c => c.Table == "SCHWAB_BALANCES" && c.Value == a.HashValue);
            Assert.Contains(cells, c => c.Table == "SCHWAB_HASH" && c.Column == "account_hash" && c.Value == a.HashValue);
            Assert.Contains(lines, l => l.Contains(a.HashValue, StringComparison.Ordinal));
        });
        Assert.Contains(cells, c => c.Table == "SCHWAB_BALANCES" && c.Column == "json");
        foreach (SimulatedAccountInfo account in accounts)
        {
            Assert.True(account.AccountNumber.Length >= 8, "the simulator's account numbers are full numbers");
            Assert.DoesNotContain(cells, c => c.Value.Contains(account.AccountNumber, StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains(account.AccountNumber, StringComparison.Ordinal));
        }
    }
}
