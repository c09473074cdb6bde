namespace Schwab.Simulator.Account;

/// <summary>One leg of an order.</summary>
/// <param name="LegId">1-based leg id.</param>
/// <param name="Symbol">OCC option symbol.</param>
/// <param name="Instruction">e.g. <c>SELL_TO_OPEN</c>.</param>
/// <param name="PositionEffect"><c>OPENING</c> or <c>CLOSING</c>.</param>
/// <param name="Quantity">Leg quantity.</param>
/// <param name="IsCall">True for a call.</param>
/// <param name="Strike">Strike.</param>
/// <param name="Expiration">Expiration date.</param>
public sealed record SimulatedOrderLeg(int LegId, string Symbol, string Instruction, string PositionEffect, decimal Quantity, bool IsCall, decimal Strike, DateOnly Expiration)
{
    /// <summary>True for buy instructions.</summary>
    public bool IsBuy => Instruction.StartsWith("BUY", StringComparison.Ordinal);
}
