using System.Collections.Specialized;
using System.Globalization;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Schwab.Daemons.Transactions;
using Schwab.Simulator.Faults;

namespace Schwab.Daemons.Tests.Transactions;

public sealed class TransactionsRecoveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnceAsync_FreshProcessOnAStoredDatabase_StartsFromTheNewestStoredOrderMinusOverlap()
    {
        await using TransactionsHarness h = await TransactionsHarness.StartAsync();
        await h.RunUntilAsync(Start.AddMinutes(20));

        // A restart: a new collector with nothing in memory, over the same file.
        TransactionsCollector restarted = ActivatorUtilities.CreateInstance<TransactionsCollector>(h.Services);
        await restarted.RunOnceAsync(CancellationToken.None);

        NameValueCollection q = HttpUtility.ParseQueryString(h.Simulator.Record.Requests
            .Last(r => r.Path.Contains(h.Simulator.Account.Accounts[0].HashValue, StringComparison.Ordinal) && r.Path.EndsWith("/orders", StringComparison.Ordinal)).Query);
        DateTimeOffset from = DateTimeOffset.Parse(q["fromEnteredTime"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        // The spread (entered 10:00 ET) is the newest stored order and is FILLED: its entered time minus the 5-minute overlap.
        Assert.Equal(Start - TimeSpan.FromMinutes(5), from);
    }

    [Fact]
    public async Task RunOnceAsync_OrdersEndpointDownForTwoMinutes_LogsOnceRecoversAndStoresEveryServedVersion()
    {
        await using TransactionsHarness h = await TransactionsHarness.StartAsync(new Dictionary<string, string?> { ["Schwab:Resilience:MaxRetryAttempts"] = "0" });
        await h.RunUntilAsync(Start.AddMinutes(1));
        h.Simulator.Faults.Add(new HttpFault { PathPrefix = "/trader/v1/accounts/", StatusCode = 503, Duration = TimeSpan.FromMinutes(2) });
        await h.RunUntilAsync(Start.AddMinutes(10));

        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2502 && r.Level == LogLevel.Warning);
        Assert.Single(h.Logs.GetSnapshot(), r => r.Id.Id == 2506);
        Assert.Contains(h.Simulator.Record.Requests, r => r.Status == 503);
        int servedVersions = h.Simulator.Record.Orders.Select(o => (o.OrderId, o.Json)).Distinct().Count();
        Assert.Equal(servedVersions, (await h.QueryAsync<long>("SELECT COUNT(*) FROM SCHWAB_JSON_TRANSACTIONS")).Single());
        Assert.Equal(["FILLED"], await h.QueryAsync<string>("SELECT status FROM SCHWAB_ORDERS"));
    }
}
