namespace Schwab.Core.Data;

/// <summary>The newest row of each collected dataset, as <c>schwabctl health</c> judges them (all instants UTC; null when a table is empty).</summary>
internal sealed class DatasetFreshness
{
    /// <summary>Newest <c>streaming_data.timestamp</c>.</summary>
    public DateTimeOffset? NewestQuote { get; set; }

    /// <summary>Newest <c>SPX_CHAIN.collected_at</c>.</summary>
    public DateTimeOffset? NewestChain { get; set; }

    /// <summary>Newest <c>BALANCES.collected_at</c>.</summary>
    public DateTimeOffset? NewestBalances { get; set; }

    /// <summary>Newest <c>POSITIONS.collected_at</c>.</summary>
    public DateTimeOffset? NewestPositions { get; set; }
}
