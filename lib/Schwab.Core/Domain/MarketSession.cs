namespace Schwab.Core.Domain;

/// <summary>One trading session interval of a market day.</summary>
public sealed record MarketSession
{
    /// <summary>Gets which session this is.</summary>
    public MarketSessionKind Kind { get; init; }

    /// <summary>Gets the session start (UTC).</summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>Gets the session end (UTC).</summary>
    public DateTimeOffset End { get; init; }
}
