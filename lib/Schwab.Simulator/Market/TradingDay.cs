namespace Schwab.Simulator.Market;

/// <summary>One exchange date as the simulator's calendar lays it out (all instants UTC).</summary>
/// <param name="Date">The exchange (America/New_York) date.</param>
/// <param name="IsOpen">False on weekends and NYSE holidays.</param>
/// <param name="IsEarlyClose">True when the regular session ends at 13:00 ET.</param>
/// <param name="PreMarketStart">Start of the equity pre-market session (07:00 ET), or null when closed.</param>
/// <param name="RegularStart">Start of the regular session (09:30 ET), or null when closed.</param>
/// <param name="RegularEnd">End of the regular equity session (16:00 or 13:00 ET), or null when closed.</param>
/// <param name="PostMarketEnd">End of the equity post-market session (20:00 or 17:00 ET), or null when closed.</param>
/// <param name="IndexOptionsEnd">End of index-option trading (16:15 or 13:15 ET), or null when closed.</param>
public sealed record TradingDay(
    DateOnly Date,
    bool IsOpen,
    bool IsEarlyClose,
    DateTimeOffset? PreMarketStart,
    DateTimeOffset? RegularStart,
    DateTimeOffset? RegularEnd,
    DateTimeOffset? PostMarketEnd,
    DateTimeOffset? IndexOptionsEnd)
{
    /// <summary>True when <paramref name="instant"/> falls inside the regular session.</summary>
    /// <param name="instant">The instant to test.</param>
    /// <returns>Whether the regular session is running at that instant.</returns>
    public bool IsInRegularSession(DateTimeOffset instant) =>
        IsOpen && instant >= RegularStart && instant < RegularEnd;
}
