using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Domain;

namespace Schwab.Daemons.Chains;

/// <summary>
/// Takes one snapshot: requests <c>/chains</c> for the cadence's expiry window and stores every contract in one
/// transaction through <see cref="OptionChainStore"/>. A "Body buffer overflow" (or a window wider than
/// <see cref="ChainsOptions.MaxDteSpanPerRequest"/>) splits the request into one per expiry; the union is the snapshot.
/// </summary>
/// <remarks>
/// The contracts are fetched first and written afterwards, so the database's write lock is never held across a
/// network call (the SQLite file is shared with the other daemons); a window of 30 days at 200 strikes is a few MB.
/// </remarks>
internal sealed class ChainSnapshotCollector(
    OptionChainStore store, IServiceScopeFactory scopes, IOptions<ChainsOptions> options, ILogger<ChainSnapshotCollector> logger)
{
    private readonly ChainsOptions _options = options.Value;

    /// <summary>Fetches and stores the <paramref name="cadence"/> snapshot of <paramref name="symbol"/> tagged <paramref name="minute"/>.</summary>
    /// <returns>The contracts fetched and the rows inserted (0 for a replayed minute).</returns>
    public async Task<(int Contracts, int Inserted)> CollectAsync(string symbol, ChainCadence cadence, DateTimeOffset minute, CancellationToken cancellationToken)
    {
        (DateOnly from, DateOnly to) = ChainSchedule.Window(minute, cadence);
        using IServiceScope scope = scopes.CreateScope();
        SchwabClient client = scope.ServiceProvider.GetRequiredService<SchwabClient>();
        var contracts = new Dictionary<string, OptionContract>(StringComparer.Ordinal);
        if (to.DayNumber - from.DayNumber + 1 > _options.MaxDteSpanPerRequest)
        {
            await FetchByExpiryAsync(client, symbol, from, to, contracts, cancellationToken);
        }
        else
        {
            try
            {
                await FetchAsync(client, symbol, from, to, contracts, cancellationToken);
            }
            catch (SchwabApiException ex) when (ex.IsBodyBufferOverflow)
            {
                await FetchByExpiryAsync(client, symbol, from, to, contracts, cancellationToken);
            }
        }

        int inserted = await store.StoreAsync(minute, cadence.Name, [.. contracts.Values], cancellationToken);
        return (contracts.Count, inserted);
    }

    private async Task FetchByExpiryAsync(
        SchwabClient client, string symbol, DateOnly from, DateOnly to, Dictionary<string, OptionContract> into, CancellationToken cancellationToken)
    {
        IReadOnlyList<DateOnly> expiries = await ExpiriesAsync(client, symbol, from, to, cancellationToken);
        Log.SplittingByExpiry(logger, symbol, from, to, expiries.Count);
        foreach (DateOnly expiry in expiries)
        {
            await FetchAsync(client, symbol, expiry, expiry, into, cancellationToken);
        }
    }

    private async Task FetchAsync(
        SchwabClient client, string symbol, DateOnly from, DateOnly to, Dictionary<string, OptionContract> into, CancellationToken cancellationToken)
    {
        var request = new OptionChainRequest
        {
            Symbol = symbol,
            StrikeCount = _options.StrikeCount,
            IncludeUnderlyingQuote = true,
            FromDate = from,
            ToDate = to,
        };
        OptionChain chain = await client.MarketData.GetOptionChainAsync(request, cancellationToken);
        foreach (OptionContract contract in chain.Contracts)
        {
            into.TryAdd(contract.Symbol, contract);
        }
    }

    /// <summary>The listed expirations inside the window; every date of the window when the expiration chain cannot be read.</summary>
    private async Task<IReadOnlyList<DateOnly>> ExpiriesAsync(SchwabClient client, string symbol, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        try
        {
            IReadOnlyList<OptionExpiration> listed = await client.MarketData.GetExpirationChainAsync(symbol, cancellationToken);
            return [.. listed.Select(e => e.Date).Where(d => d >= from && d <= to).Distinct().Order()];
        }
        catch (SchwabApiException ex) when (ex is not ReauthenticationRequiredException)
        {
            Log.ExpirationChainUnavailable(logger, symbol, ex.Message.ReplaceLineEndings(" "));
            return [.. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)];
        }
    }
}
