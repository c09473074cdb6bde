using Schwab.Core.Domain;

namespace Schwab.Core.Data.Orders;

/// <summary>One row of <c>SCHWAB.TRANSACTIONS</c>; <see cref="Json"/> is already redacted.</summary>
internal sealed record TransactionRow(
    long ActivityId, string AccountHash, DateTimeOffset Time, string Type, string? Status, string? SubAccount, string? Description,
    long? OrderId, decimal? NetAmount, string Json, DateTimeOffset UpdatedAt)
{
    public static TransactionRow From(AccountTransaction t, string accountHash, string redactedJson, DateTimeOffset now) => new(
        t.ActivityId, accountHash, t.Time ?? t.TradeDate ?? now, t.Type ?? "UNKNOWN", t.Status, t.SubAccount, t.Description,
        t.OrderId, t.NetAmount, redactedJson, now);
}
