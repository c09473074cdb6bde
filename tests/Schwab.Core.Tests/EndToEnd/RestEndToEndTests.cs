using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Domain;
using Schwab.Simulator.Recording;

namespace Schwab.Core.Tests.EndToEnd;

/// <summary>The REST client against the simulator over real HTTP on 127.0.0.1, through the product's registrations.</summary>
public sealed class RestEndToEndTests
{
    [Fact]
    public async Task Accounts_OrdersAndTransactions_MatchTheSimulatedAccount()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync();
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        SchwabClient client = EndToEndHost.Client(scope);
        DateTimeOffset now = TimeProvider.System.GetUtcNow();

        IReadOnlyList<AccountLink> links = await client.Accounts.GetAccountNumbersAsync();
        IReadOnlyList<Account> accounts = await client.Accounts.GetAccountsAsync(includePositions: true);
        Account one = await client.Accounts.GetAccountAsync(links[0].AccountHash);
        IReadOnlyList<Order> orders = await client.Orders.GetOrdersAsync(links[0].AccountHash, now.AddDays(-1), now);
        IReadOnlyList<Order> all = await client.Orders.GetAllOrdersAsync(now.AddDays(-1), now);
        IReadOnlyList<AccountTransaction> transactions = await client.Transactions.GetTransactionsAsync(links[0].AccountHash, now.AddDays(-1), now);

        Assert.Equal(host.Simulator.Account.Accounts.Select(a => a.HashValue).Order(), links.Select(l => l.AccountHash).Order());
        Assert.Equal(host.Simulator.Account.Accounts.Count, accounts.Count);
        Assert.Equal(links[0].AccountHash, one.AccountHash);
        Assert.Equal(orders.Count, all.Count(o => orders.Any(x => x.OrderId == o.OrderId)));
        if (orders.Count > 0)
        {
            Order fetched = await client.Orders.GetOrderAsync(links[0].AccountHash, orders[0].OrderId);
            Assert.Equal(orders[0].OrderId, fetched.OrderId);
        }

        if (transactions.Count > 0)
        {
            AccountTransaction fetched = await client.Transactions.GetTransactionAsync(links[0].AccountHash, transactions[0].ActivityId);
            Assert.Equal(transactions[0].ActivityId, fetched.ActivityId);
        }

        Assert.Contains(host.Simulator.Record.Requests, r => r.Path.EndsWith("/orders", StringComparison.Ordinal) && r.Query.Contains("fromEnteredTime", StringComparison.Ordinal));
        Assert.All(host.Simulator.Record.Requests, r => Assert.True(r.Status < 400, $"{r.Method} {r.Path} answered {r.Status}"));
    }

    [Fact]
    public async Task MarketData_ChainsQuotesHistoryAndHours_EqualWhatWasServed()
    {
        await using EndToEndHost host = await EndToEndHost.StartAsync();
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        SchwabClient client = EndToEndHost.Client(scope);
        DateOnly today = Schwab.Core.Time.MarketClock.ExchangeDate(TimeProvider.System.GetUtcNow());

        QuoteSet quotes = await client.MarketData.GetQuotesAsync(["$SPX", "NOSUCHSYMBOL"]);
        OptionChain chain = await client.MarketData.GetOptionChainAsync(new OptionChainRequest
        {
            Symbol = "$SPX", StrikeCount = 20, IncludeUnderlyingQuote = true, FromDate = today, ToDate = today.AddDays(3),
        });
        var streamed = new List<OptionContract>();
        await client.MarketData.StreamOptionChainAsync(
            new OptionChainRequest { Symbol = "$SPX", StrikeCount = 20, FromDate = today, ToDate = today.AddDays(3) },
            (batch, _) => { streamed.AddRange(batch); return ValueTask.CompletedTask; });
        PriceHistory minutes = await client.MarketData.GetPriceHistoryAsync(new PriceHistoryRequest
        {
            Symbol = "$SPX", PeriodType = "day", Period = 2, FrequencyType = "minute", Frequency = 1,
        });
        PriceHistory daily = await client.MarketData.GetPriceHistoryAsync(new PriceHistoryRequest
        {
            Symbol = "$SPX", PeriodType = "month", Period = 1, FrequencyType = "daily", Frequency = 1,
        });
        IReadOnlyList<MarketHours> hours = await client.MarketData.GetMarketHoursAsync(["equity", "option"], today);
        IReadOnlyList<OptionExpiration> expirations = await client.MarketData.GetExpirationChainAsync("$SPX");
        StreamerInfo streamer = await client.UserPreference.GetStreamerInfoAsync();

        // The simulator records a response as it finishes sending it; by now every earlier one is in.
        RecordedChain served = host.Simulator.Record.Chains[0];
        RecordedPriceHistory servedMinutes = host.Simulator.Record.PriceHistories[0];

        Assert.True(quotes.Quotes.ContainsKey("$SPX"));
        Assert.Contains("NOSUCHSYMBOL", quotes.InvalidSymbols);
        Assert.Equal(served.Chain.Contracts.Count, chain.Contracts.Count);
        Assert.Equal(served.Chain.Contracts.Select(c => c.Symbol).Order(StringComparer.Ordinal), chain.Contracts.Select(c => c.Symbol).Order(StringComparer.Ordinal));
        Assert.Equal(chain.Contracts.Count, streamed.Count);
        Assert.Equal(servedMinutes.Candles.Count, minutes.Candles.Count);
        Assert.NotEmpty(minutes.Candles);
        Assert.NotEmpty(daily.Candles);
        Assert.Contains(hours, h => h.Market == "equity" && h.IsOpen);
        Assert.NotEmpty(expirations);
        Assert.Equal(host.Simulator.StreamerUrl.AbsoluteUri, new Uri(streamer.SocketUrl).AbsoluteUri);
    }
}
