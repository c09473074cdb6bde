namespace Schwab.Simulator.Account;

/// <summary>An order as it stands at one instant of its scripted lifecycle.</summary>
/// <param name="OrderId">Order id.</param>
/// <param name="AccountNumber">Plain account number.</param>
/// <param name="Status">Schwab status (<c>WORKING</c>, <c>FILLED</c>, <c>CANCELED</c>, <c>EXPIRED</c>…).</param>
/// <param name="EnteredTime">When it was entered.</param>
/// <param name="CloseTime">When it reached a final status, or null.</param>
/// <param name="OrderType">e.g. <c>NET_CREDIT</c>, <c>LIMIT</c>, <c>STOP</c>.</param>
/// <param name="OrderStrategyType"><c>SINGLE</c> or <c>OCO</c>.</param>
/// <param name="ComplexOrderStrategyType"><c>NONE</c> or <c>VERTICAL</c>.</param>
/// <param name="Quantity">Ordered quantity.</param>
/// <param name="FilledQuantity">Filled so far.</param>
/// <param name="Price">Limit price (or stop price for STOP), null for OCO parents.</param>
/// <param name="Legs">Order legs (empty for OCO parents).</param>
/// <param name="Executions">Fills so far, in time order.</param>
/// <param name="Children">Child orders (OCO).</param>
public sealed record SimulatedOrder(
    long OrderId, string AccountNumber, string Status, DateTimeOffset EnteredTime, DateTimeOffset? CloseTime,
    string OrderType, string OrderStrategyType, string ComplexOrderStrategyType, decimal Quantity, decimal FilledQuantity,
    decimal? Price, IReadOnlyList<SimulatedOrderLeg> Legs, IReadOnlyList<SimulatedExecution> Executions, IReadOnlyList<SimulatedOrder> Children);
