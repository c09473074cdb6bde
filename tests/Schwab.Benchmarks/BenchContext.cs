using Schwab.Testing;

namespace Schwab.Benchmarks;

/// <summary>What benchmarks share in one run: a temp folder and the simulated chain body (generated once, on first use).</summary>
internal sealed class BenchContext(int runs) : IDisposable
{
    private ChainBodyFile? _chain;

    /// <summary>Measured runs per benchmark (after one warm-up run).</summary>
    public int Runs { get; } = runs;

    /// <summary>A folder deleted at the end of the run.</summary>
    public TempDirectory Temp { get; } = new();

    /// <summary>The full simulated $SPX chain body, written to a file in <see cref="Temp"/>.</summary>
    public async Task<ChainBodyFile> GetChainAsync(CancellationToken cancellationToken) =>
        _chain ??= await ChainBodyFile.CreateAsync(Temp.File("spx-chain.json"), cancellationToken);

    public void Dispose() => Temp.Dispose();
}
