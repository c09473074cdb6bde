namespace Schwab.Benchmarks;

/// <summary>One row of the benchmark table: a measured value, the same-run baseline it is compared with, and value/baseline.</summary>
/// <param name="Target">The target for the row, if any: a predicate over the row and its text (table only).</param>
internal sealed record BenchResult(string Name, double Value, string Unit, double? Baseline = null, BenchTarget? Target = null)
{
    /// <summary>Value divided by baseline, when there is a baseline.</summary>
    public double? Ratio => Baseline is double b && b != 0 ? Value / b : null;
}
