namespace Schwab.Benchmarks;

/// <summary>A SPEC §10 target a result row is checked against: on its value or on its ratio, at least or below a bound.</summary>
internal sealed record BenchTarget(bool OnRatio, bool AtLeast, double Bound)
{
    public static BenchTarget ValueAtLeast(double bound) => new(false, true, bound);

    public static BenchTarget ValueBelow(double bound) => new(false, false, bound);

    public static BenchTarget RatioAtLeast(double bound) => new(true, true, bound);

    public bool IsMet(BenchResult row) =>
        (OnRatio ? row.Ratio : row.Value) is double v && (AtLeast ? v >= Bound : v < Bound);

    public override string ToString() =>
        $"{(OnRatio ? "ratio" : "value")} {(AtLeast ? ">=" : "<")} {Bound.ToString("G", System.Globalization.CultureInfo.InvariantCulture)}";
}
