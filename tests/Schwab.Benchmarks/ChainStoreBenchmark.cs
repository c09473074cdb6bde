using Schwab.Core.Data;
using Schwab.Testing.Data;

namespace Schwab.Benchmarks;

/// <summary>
/// <c>chain.store</c>: the chains daemon's write path, <see cref="OptionChainStore.ParseAndStoreAsync"/> from a FileStream into a
/// fresh migrated SQLite file in one transaction, against a bare prepared-insert loop writing the same rows (pre-parsed and
/// pre-formatted) into another fresh file in the same run. Targets: ≥ 100,000 contracts/s, ≥ 0.5 of the bare loop,
/// peak memory (managed allocation, an upper bound of the managed peak, plus SQLite's native high-water mark) under 3× the JSON size.
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

        long sqliteHighWater = await SqliteHighWaterAsync(chain, cancellationToken);
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
            new($"{Name}.alloc", (double)ours.AllocatedBytes / chain.Bytes, "x json", (double)bare.AllocatedBytes / chain.Bytes),
            new($"{Name}.sqlite_memory", (double)sqliteHighWater / chain.Bytes, "x json"),
            new($"{Name}.peak_memory", (double)(ours.AllocatedBytes + sqliteHighWater) / chain.Bytes, "x json", null, BenchTarget.ValueBelow(3)),
        ];
    }

    /// <summary>SQLite's own (native) memory high-water mark during one parse-and-store: page cache, statements, WAL buffers.</summary>
    private static async Task<long> SqliteHighWaterAsync(ChainBodyFile chain, CancellationToken cancellationToken)
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        var store = new OptionChainStore(db.Connections, db.Names);
        long before = SQLitePCL.raw.sqlite3_memory_used();
        SQLitePCL.raw.sqlite3_memory_highwater(1);
        await using FileStream body = chain.OpenRead();
        await store.ParseAndStoreAsync(body, "$SPX", ChainBodyFile.At, "1min", cancellationToken);
        return SQLitePCL.raw.sqlite3_memory_highwater(0) - before;
    }
}
