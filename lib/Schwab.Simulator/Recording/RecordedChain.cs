using Schwab.Simulator.Market;

namespace Schwab.Simulator.Recording;

/// <summary>One <c>/chains</c> response and the contracts it carried.</summary>
/// <param name="Time">Simulator time of the response.</param>
/// <param name="Query">The raw query string.</param>
/// <param name="Chain">Everything that was serialised.</param>
public sealed record RecordedChain(DateTimeOffset Time, string Query, ChainSnapshot Chain);
