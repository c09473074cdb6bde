namespace Schwab.Simulator.Market;

/// <summary>One price-history candle as served.</summary>
/// <param name="Time">Candle start (daily and longer: 00:00 US/Central of the first day), UTC.</param>
/// <param name="Open">Open.</param>
/// <param name="High">High.</param>
/// <param name="Low">Low.</param>
/// <param name="Close">Close.</param>
/// <param name="Volume">Volume.</param>
public sealed record Candle(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, long Volume);
