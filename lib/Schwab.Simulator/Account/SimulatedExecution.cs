namespace Schwab.Simulator.Account;

/// <summary>One fill of an order (an <c>EXECUTION</c> activity) and the prices of its legs.</summary>
/// <param name="ActivityId">Activity id (also the id of the account transaction it produces).</param>
/// <param name="Quantity">Quantity filled.</param>
/// <param name="Time">Fill time.</param>
/// <param name="LegPrices">Price per leg id.</param>
public sealed record SimulatedExecution(long ActivityId, decimal Quantity, DateTimeOffset Time, IReadOnlyDictionary<int, decimal> LegPrices);
