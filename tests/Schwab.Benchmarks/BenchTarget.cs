namespace Schwab.Benchmarks;

/// <summary>A target a result row is checked against: on its value or on its ratio, at least, below or exactly a bound.</summary>
internal sealed record BenchTarget(bool OnRatio, bool AtLeast, double Bound, bool Exactly = false)
{
    public static BenchTarget ValueAtLeast(double bound) => new(false, true, bound);

    public static BenchTarget ValueBelow(double bound) => new(false, false, bound);

    public static BenchTarget RatioAtLeast(double bound) => new(true, true, bound);

    public static BenchTarget ValueEquals(double bound) => new(false, false, bound, Exactly: true);

    public bool IsMet(BenchResult row) =>
        (OnRatio ? row.Ratio : row.Value) is double v && (Exactly ? v == Bound : AtLeast ? v >= Bound : v < Bound);

    public override string ToString() =>
        $"{(OnRatio ? "ratio" : "value")} {(Exactly ? "=" : AtLeast ? ">=" : "<")} {Bound.ToString("G", System.Globalization.CultureInfo.InvariantCulture)}";
}
