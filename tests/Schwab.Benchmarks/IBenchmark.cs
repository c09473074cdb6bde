namespace Schwab.Benchmarks;

/// <summary>One benchmark: measured in-process, a warm-up run then measured runs, medians reported as result rows.</summary>
internal interface IBenchmark
{
    /// <summary>The name <c>--only</c> selects, and the prefix of every row it reports (e.g. <c>chain.parse</c>).</summary>
    string Name { get; }

    /// <summary>How it runs, for the progress line (e.g. <c>3 warm-ups + 5 runs</c>).</summary>
    string Plan(int runs) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"3 warm-ups + {runs} runs");

    /// <summary>Runs the benchmark.</summary>
    Task<IReadOnlyList<BenchResult>> RunAsync(BenchContext context, CancellationToken cancellationToken);
}
