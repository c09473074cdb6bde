namespace Schwab.Core.Domain;

/// <summary>The session of a market day.</summary>
public enum MarketSessionKind
{
    /// <summary>Pre-market (equities, from 07:00 ET).</summary>
    PreMarket,

    /// <summary>The regular session.</summary>
    Regular,

    /// <summary>Post-market (equities, until 20:00 ET).</summary>
    PostMarket,
}
