namespace Schwab.Simulator.Market;

/// <summary>A computed option chain: what a <c>/chains</c> response contains.</summary>
/// <param name="Request">The request it answers.</param>
/// <param name="At">The simulator instant it was priced at.</param>
/// <param name="Underlying">The underlying's quote at that instant.</param>
/// <param name="Expirations">The expirations that matched the request (each may contribute no contracts).</param>
/// <param name="Contracts">Every contract, calls then puts, ordered by expiration then strike.</param>
public sealed record ChainSnapshot(
    ChainRequest Request, DateTimeOffset At, UnderlyingQuote Underlying,
    IReadOnlyList<OptionExpiration> Expirations, IReadOnlyList<OptionQuote> Contracts);
