using Microsoft.Extensions.Logging;
using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Domain;

namespace Schwab.Core.Collectors;

/// <summary>
/// Takes one balances-and-positions snapshot: links new account numbers to their hashes (numbers encrypted in
/// <c>OPT.SCHWAB.HASH</c>), reads every account with positions and stores it keyed by hash. Shared by
/// <c>schwab-balances</c> and <c>schwabctl balances --once</c>; create it per use (it holds a transient <see cref="SchwabClient"/>).
/// </summary>
internal sealed class BalancesCollector(SchwabClient client, HashStore hashes, BalancesStore store, ILogger<BalancesCollector> logger)
{
    /// <summary>Collects and stores a snapshot keyed by <paramref name="collectedAt"/> (whole seconds, UTC).</summary>
    public async Task<BalancesSnapshot> CollectAsync(DateTimeOffset collectedAt, CancellationToken cancellationToken)
    {
        collectedAt = new DateTimeOffset(collectedAt.UtcTicks - (collectedAt.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        string apiName = client.Accounts.ApiName;
        await LinkAsync(apiName, cancellationToken);

        IReadOnlyList<Account> accounts = await client.Accounts.GetAccountsAsync(includePositions: true, cancellationToken);
        int unlinked = accounts.Count(a => a.AccountHash.Length == 0);
        if (unlinked > 0)
        {
            Log.BalancesAccountWithoutHash(logger, unlinked, apiName);
        }

        Account[] keyed = [.. accounts.Where(a => a.AccountHash.Length > 0)];
        (int balances, int positions) = await store.InsertAsync(collectedAt, keyed, cancellationToken);
        var snapshot = new BalancesSnapshot(
            collectedAt, [.. keyed.Select(a => a.AccountHash).Order(StringComparer.Ordinal)], balances, positions, keyed.Sum(a => a.Positions.Count));
        string joined = string.Join(",", snapshot.AccountHashes);
        Log.BalancesStored(logger, collectedAt, snapshot.AccountHashes.Count, balances, positions, joined);
        return snapshot;
    }

    /// <summary>Stores the number → hash link of accounts not yet known (or whose number changed); never logs a number.</summary>
    private async Task LinkAsync(string apiName, CancellationToken cancellationToken)
    {
        Dictionary<string, string> known = (await hashes.ListAsync(apiName, cancellationToken))
            .ToDictionary(h => h.Hash, h => h.AccountNumber, StringComparer.Ordinal);
        foreach (AccountLink link in await client.Accounts.GetAccountNumbersAsync(cancellationToken))
        {
            if (!known.TryGetValue(link.AccountHash, out string? number) || number != link.AccountNumber)
            {
                await hashes.UpsertAsync(apiName, link.AccountNumber, link.AccountHash, cancellationToken);
                Log.BalancesAccountLinked(logger, link.MaskedNumber, link.AccountHash, apiName);
            }
        }
    }
}
