using Schwab.Core.Data;
using Schwab.Testing.Data;

namespace Schwab.Benchmarks;

/// <summary>
/// <c>chain.store</c>: the chains daemon's write path, <see cref="OptionChainStore.ParseAndStoreAsync"/> from a FileStream into a
/// fresh migrated SQLite file in one transaction, against a bare prepared-insert loop writing the same rows (pre-parsed and
/// pre-formatted) into another fresh file in the same run. Targets (SPEC §10): ≥ 100,000 contracts/s, ≥ 0.5 of the bare loop,
/// managed allocation under 3× the JSON size.
/// </summary>
internal sealed class ChainStoreBenchmark : IBenchmark
{
    public string Name => "chain.store";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ChainBodyFile chain = await context.GetChainAsync(cancellationToken);
        int inserted = 0;
        Measurement ours = await Measurement.MedianAsync(context.Runs,
            () => SqliteTestDatabase.CreateAsync(),
            async db =>
            {
                await using FileStream body = chain.OpenRead();
                (_, inserted) = await new OptionChainStore(db.Connections, db.Names)
                    .ParseAndStoreAsync(body, "$SPX", ChainBodyFile.At, "1min", cancellationToken);
            },
            db => db.DisposeAsync().AsTask());
        if (inserted != chain.Contracts)
        {
            throw new InvalidOperationException($"chain.store: stored {inserted} rows, expected {chain.Contracts}");
        }

        IReadOnlyList<Schwab.Core.Domain.OptionContract> contracts = await chain.ReadContractsAsync(cancellationToken);
        Measurement writeOnly = await Measurement.MedianAsync(context.Runs,
            () => SqliteTestDatabase.CreateAsync(),
            db => new OptionChainStore(db.Connections, db.Names).StoreAsync(ChainBodyFile.At, "1min", contracts, cancellationToken),
            db => db.DisposeAsync().AsTask());
        object?[][] rows = BareChainInsert.Format(contracts, ChainBodyFile.At, "1min");
        Measurement bare = await Measurement.MedianAsync(context.Runs,
            () => SqliteTestDatabase.CreateAsync(),
            db => BareChainInsert.RunAsync(db.Connections, rows, cancellationToken),
            db => db.DisposeAsync().AsTask());

        double ourRate = chain.Contracts / ours.Elapsed.TotalSeconds;
        double bareRate = chain.Contracts / bare.Elapsed.TotalSeconds;
        return
        [
            new($"{Name}.time", ours.Elapsed.TotalMilliseconds, "ms", bare.Elapsed.TotalMilliseconds),
            new($"{Name}.write_only", writeOnly.Elapsed.TotalMilliseconds, "ms", bare.Elapsed.TotalMilliseconds),
            new($"{Name}.rate", ourRate, "contracts/s", bareRate, BenchTarget.ValueAtLeast(100_000)),
            new($"{Name}.vs_bare_insert", ourRate / bareRate, "ratio", null, BenchTarget.ValueAtLeast(0.5)),
            new($"{Name}.alloc", (double)ours.AllocatedBytes / chain.Bytes, "x json", (double)bare.AllocatedBytes / chain.Bytes, BenchTarget.ValueBelow(3)),
        ];
    }
}
