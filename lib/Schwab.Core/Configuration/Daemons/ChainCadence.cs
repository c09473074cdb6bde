namespace Schwab.Core.Configuration.Daemons;

/// <summary>One option-chain snapshot schedule: every <see cref="Every"/> during the session, expiries <see cref="MinDte"/>–<see cref="MaxDte"/>.</summary>
public sealed class ChainCadence
{
    /// <summary>The tag stored in <c>SPX_CHAIN.collection_frequency</c> (<c>1min</c>, <c>5min</c>, <c>30min</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The period; snapshots fall on multiples of it from midnight exchange time (so 30 minutes means :00 and :30).</summary>
    public TimeSpan Every { get; set; }

    /// <summary>The nearest expiry, in calendar days to expiration.</summary>
    public int MinDte { get; set; }

    /// <summary>The farthest expiry, in calendar days to expiration.</summary>
    public int MaxDte { get; set; }
}
