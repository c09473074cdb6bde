namespace Schwab.Simulator.Streaming;

/// <summary>The keys and fields of one service on one connection, and what was last sent per key.</summary>
internal sealed class Subscription(string service)
{
    public string Service { get; } = service;

    public List<string> Keys { get; } = [];

    public int[] Fields { get; set; } = [];

    /// <summary>Full field state last sent per key; a key absent here gets a full (first) message next tick.</summary>
    public Dictionary<string, object?[]> Sent { get; } = new(StringComparer.Ordinal);

    /// <summary>Parsed option keys (null expiration = not a listed $SPX option), so ticks do not re-parse symbols.</summary>
    public Dictionary<string, (Market.OptionExpiration? Expiration, bool Call, decimal Strike)> Options { get; } = new(StringComparer.Ordinal);
}
