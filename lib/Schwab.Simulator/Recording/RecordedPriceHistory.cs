using Schwab.Simulator.Market;

namespace Schwab.Simulator.Recording;

/// <summary>One <c>/pricehistory</c> response.</summary>
/// <param name="Time">Simulator time of the response.</param>
/// <param name="Symbol">The symbol.</param>
/// <param name="Query">The raw query string.</param>
/// <param name="Candles">The candles served, in order.</param>
public sealed record RecordedPriceHistory(DateTimeOffset Time, string Symbol, string Query, IReadOnlyList<Candle> Candles);
