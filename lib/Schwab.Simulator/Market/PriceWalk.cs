namespace Schwab.Simulator.Market;

/// <summary>
/// A Brownian motion in log-price sampled at millisecond resolution by Lévy's midpoint construction, pinned to
/// zero at the edges of blocks of 2^34 ms (about 199 days) so the level stays near its base. The value at any
/// instant is a pure function of (seed, instant): request order never changes it, and a query costs 34 hashes.
/// </summary>
internal sealed class PriceWalk(ulong seed, double annualVolatility)
{
    private const int Depth = 34;
    private const double MillisecondsPerYear = 365.25 * 86_400_000.0;
    private readonly double _sigmaPerMs = annualVolatility / Math.Sqrt(MillisecondsPerYear);

    /// <summary>The log-offset from the base level at <paramref name="instant"/>.</summary>
    public double LogOffsetAt(DateTimeOffset instant)
    {
        long ms = instant.ToUnixTimeMilliseconds();
        long block = ms >> Depth;
        long pos = ms - (block << Depth);
        double left = 0, right = 0;
        long lo = 0, len = 1L << Depth;
        ulong node = 1;
        ulong blockSeed = DeterministicHash.Of(seed, (ulong)block);
        while (len > 1)
        {
            if (pos == lo)
            {
                return left;
            }

            long half = len >> 1;
            double mid = ((left + right) / 2) + (_sigmaPerMs * Math.Sqrt(len) / 2 * DeterministicHash.Normal(DeterministicHash.Of(blockSeed, node)));
            if (pos < lo + half)
            {
                right = mid;
                node <<= 1;
            }
            else
            {
                left = mid;
                lo += half;
                node = (node << 1) | 1;
            }

            len = half;
        }

        return left;
    }
}
