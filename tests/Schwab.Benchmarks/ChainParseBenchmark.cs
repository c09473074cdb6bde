using System.Text.Json;
using Schwab.Core.Api;

namespace Schwab.Benchmarks;

/// <summary>
/// <c>chain.parse</c>: the production streaming parser over the full simulated $SPX chain from a FileStream, against
/// <see cref="JsonDocument.Parse(Stream, JsonDocumentOptions)"/> of the same file (the DOM the parser avoids).
/// </summary>
internal sealed class ChainParseBenchmark : IBenchmark
{
    public string Name => "chain.parse";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ChainBodyFile chain = await context.GetChainAsync(cancellationToken);
        int contracts = 0;
        Measurement ours = await Measurement.MedianAsync(context.Runs, async () =>
        {
            contracts = 0;
            await using FileStream body = chain.OpenRead();
            await OptionChainParser.ParseAsync(body, "$SPX", (batch, _) =>
            {
                contracts += batch.Count;
                return ValueTask.CompletedTask;
            }, cancellationToken);
        });
        if (contracts != chain.Contracts)
        {
            throw new InvalidOperationException($"chain.parse: parsed {contracts} contracts, expected {chain.Contracts}");
        }

        Measurement dom = await Measurement.MedianAsync(context.Runs, async () =>
        {
            await using FileStream body = chain.OpenRead();
            using JsonDocument document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        });

        double mb = chain.Bytes / 1e6;
        return
        [
            new($"{Name}.body", mb, "MB"),
            new($"{Name}.contracts", chain.Contracts, "contracts"),
            new($"{Name}.time", ours.Elapsed.TotalMilliseconds, "ms", dom.Elapsed.TotalMilliseconds),
            new($"{Name}.rate", chain.Contracts / ours.Elapsed.TotalSeconds, "contracts/s", chain.Contracts / dom.Elapsed.TotalSeconds),
            new($"{Name}.throughput", mb / ours.Elapsed.TotalSeconds, "MB/s", mb / dom.Elapsed.TotalSeconds),
            new($"{Name}.alloc", (double)ours.AllocatedBytes / chain.Bytes, "x json", (double)dom.AllocatedBytes / chain.Bytes),
        ];
    }
}
