using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data.Orders;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Domain;

namespace Schwab.Daemons.Transactions;

/// <summary>
/// One tick of <c>schwab-transactions</c>: per linked account, the orders of the incremental window (read only, stored
/// only when changed) and, every <see cref="TransactionsOptions.TransactionsInterval"/>, the account transactions of the
/// last <see cref="TransactionsOptions.InitialLookback"/> (each activity id stored once). The linked accounts are read at
/// the first tick and again on the transactions cadence; their numbers stay in memory only, to be masked in raw JSON.
/// </summary>
internal sealed class TransactionsCollector(
    IServiceScopeFactory scopes,
    OrderStore orders,
    TransactionStore transactions,
    HashStore hashes,
    IOptions<TransactionsOptions> options,
    TimeProvider time,
    ILogger<TransactionsCollector> logger)
{
    private readonly TransactionsOptions _options = options.Value;
    private readonly Dictionary<string, DateTimeOffset> _lastTo = new(StringComparer.Ordinal);
    private IReadOnlyList<AccountLink>? _accounts;
    private DateTimeOffset? _nextTransactionsAt;

    /// <summary>One poll; returns a short summary for the STATUS line.</summary>
    internal async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        using IServiceScope scope = scopes.CreateScope();
        SchwabClient client = scope.ServiceProvider.GetRequiredService<SchwabClient>();
        DateTimeOffset now = time.GetUtcNow();
        bool transactionsDue = _nextTransactionsAt is null || now >= _nextTransactionsAt;
        if (_accounts is null || transactionsDue)
        {
            await LoadAccountsAsync(client, cancellationToken);
        }

        IReadOnlyList<AccountLink> accounts = _accounts!;
        string[] numbers = [.. accounts.Select(a => a.AccountNumber)];
        int versions = 0, added = 0;
        foreach (AccountLink account in accounts)
        {
            versions += await PollOrdersAsync(client, account.AccountHash, numbers, now, cancellationToken);
        }

        if (transactionsDue)
        {
            string types = string.Join(',', _options.TransactionTypes);
            foreach (AccountLink account in accounts)
            {
                IReadOnlyList<AccountTransaction> list = await client.Transactions.GetTransactionsAsync(
                    account.AccountHash, now - _options.InitialLookback, now, types, cancellationToken: cancellationToken);
                int count = await transactions.InsertAsync(account.AccountHash, list, numbers, cancellationToken);
                if (count > 0)
                {
                    Log.TransactionsStored(logger, count, account.AccountHash);
                }

                added += count;
            }

            _nextTransactionsAt = now + _options.TransactionsInterval;
        }

        return $"{accounts.Count} accounts: {versions} new order versions, {added} new transactions";
    }

    private async Task<int> PollOrdersAsync(SchwabClient client, string accountHash, IReadOnlyCollection<string> numbers, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        OrderCursor cursor = await orders.GetCursorAsync(accountHash, cancellationToken);
        (DateTimeOffset from, DateTimeOffset to) = OrderWindow.Next(now, cursor, _lastTo.TryGetValue(accountHash, out DateTimeOffset last) ? last : null, _options);
        IReadOnlyList<Order> list = await client.Orders.GetOrdersAsync(accountHash, from, to, cancellationToken: cancellationToken);
        int versions = await orders.StoreAsync(accountHash, list, numbers, cancellationToken);
        _lastTo[accountHash] = to;
        if (versions > 0)
        {
            Log.OrdersStored(logger, versions, accountHash, from, to);
        }

        return versions;
    }

    private async Task LoadAccountsAsync(SchwabClient client, CancellationToken cancellationToken)
    {
        IReadOnlyList<AccountLink> links = await client.Accounts.GetAccountNumbersAsync(cancellationToken);
        bool changed = _accounts is null || !_accounts.Select(a => a.AccountHash).SequenceEqual(links.Select(a => a.AccountHash), StringComparer.Ordinal);
        foreach (AccountLink link in links)
        {
            await hashes.UpsertAsync(client.Accounts.ApiName, link.AccountNumber, link.AccountHash, cancellationToken);
        }

        _accounts = links;
        if (!changed)
        {
            return;
        }

        if (links.Count == 0)
        {
            Log.NoAccounts(logger, client.Accounts.ApiName);
        }
        else
        {
            string hashList = string.Join(", ", links.Select(a => a.AccountHash));
            Log.AccountsLoaded(logger, links.Count, hashList);
        }
    }
}
