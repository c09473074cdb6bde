namespace Schwab.Simulator.Market;

/// <summary>Stateless hashing (SplitMix64 finaliser) so every value is a pure function of seed and inputs.</summary>
internal static class DeterministicHash
{
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static ulong Of(ulong a, ulong b) => Mix(Mix(a) ^ (b * 0xD6E8FEB86659FD93UL));

    public static ulong Of(ulong a, ulong b, ulong c) => Of(Of(a, b), c);

    public static ulong Of(ulong a, ulong b, ulong c, ulong d) => Of(Of(a, b, c), d);

    /// <summary>A stable 64-bit hash of a string (FNV-1a), independent of the process's string hashing.</summary>
    public static ulong OfString(string text)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in text)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return Mix(h);
    }

    /// <summary>A uniform double in (0, 1).</summary>
    public static double Uniform(ulong h) => ((h >> 11) + 0.5) / 9007199254740992.0;

    /// <summary>A standard normal variate (Box–Muller on two halves of the hash).</summary>
    public static double Normal(ulong h)
    {
        double u1 = ((h >> 32) + 0.5) / 4294967296.0;
        double u2 = ((h & 0xFFFFFFFFUL) + 0.5) / 4294967296.0;
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
