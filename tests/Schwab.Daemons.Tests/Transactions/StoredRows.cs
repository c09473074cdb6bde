namespace Schwab.Daemons.Tests.Transactions;

/// <summary>Rows read back from the SQLite file (Dapper targets).</summary>
internal static class StoredRows
{
    internal sealed record Json(long OrderId, string? Status, string ContentHash, string JsonText);

    internal sealed record OrderRow(long OrderId, string AccountHash, long? ParentOrderId, string Status, string? OrderStrategyType, string? FilledQuantity);

    internal sealed record Leg(long OrderId, long LegId, string? Symbol, string? Instruction, string? PositionEffect, string? PutCall, string? Quantity);

    internal sealed record Activity(long OrderId, long ActivityId, string? ActivityType, string? Quantity, string? OrderRemainingQuantity);

    internal sealed record Execution(long OrderId, long ActivityId, long LegId, string? Price, string? Quantity, string? Time);

    internal sealed record Spread(
        long OrderId, string Strategy, string Quantity, string? NetPrice, string? PutCall, string? PositionEffect, string? ShortSymbol,
        string? LongSymbol, string? ShortStrike, string? LongStrike, string? Expiration, string? FilledAt);

    internal sealed record Transaction(long ActivityId, string AccountHash, long? OrderId, string Type, string JsonText);
}
