namespace Schwab.Core.Domain;

/// <summary>A parsed option chain: its summary and every contract.</summary>
public sealed record OptionChain
{
    /// <summary>Gets the top-level fields.</summary>
    public required OptionChainSummary Summary { get; init; }

    /// <summary>Gets the contracts, calls first, in body order.</summary>
    public IReadOnlyList<OptionContract> Contracts { get; init; } = [];
}
