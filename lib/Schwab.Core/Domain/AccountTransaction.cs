namespace Schwab.Core.Domain;

/// <summary>One account transaction from /transactions.</summary>
public sealed record AccountTransaction
{
    /// <summary>Gets the activity id.</summary>
    public long ActivityId { get; init; }

    /// <summary>Gets the transaction time (UTC).</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>Gets the type, e.g. <c>TRADE</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the status (<c>VALID</c>, <c>PENDING</c>, ...).</summary>
    public string? Status { get; init; }

    /// <summary>Gets the sub-account (<c>MARGIN</c>, <c>CASH</c>, ...).</summary>
    public string? SubAccount { get; init; }

    /// <summary>Gets the trade date (UTC).</summary>
    public DateTimeOffset? TradeDate { get; init; }

    /// <summary>Gets the settlement date (UTC).</summary>
    public DateTimeOffset? SettlementDate { get; init; }

    /// <summary>Gets the position id.</summary>
    public long? PositionId { get; init; }

    /// <summary>Gets the order id.</summary>
    public long? OrderId { get; init; }

    /// <summary>Gets the net amount.</summary>
    public decimal? NetAmount { get; init; }

    /// <summary>Gets the description (non-trade types).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the transfer items.</summary>
    public IReadOnlyList<TransferItem> TransferItems { get; init; } = [];

    /// <summary>Gets the transaction exactly as received (contains the plain account number, store encrypted).</summary>
    public string RawJson { get; init; } = "";

    /// <summary>Returns the id and status only: the raw JSON holds the plain account number and must not reach a log.</summary>
    /// <returns>A short, log-safe description.</returns>
    public override string ToString() => $"AccountTransaction {ActivityId} {Status}";
}
