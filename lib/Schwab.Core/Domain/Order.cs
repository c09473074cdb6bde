namespace Schwab.Core.Domain;

/// <summary>An order as Schwab reports it (read only: this product never places, changes or cancels orders).</summary>
public sealed record Order
{
    /// <summary>Gets the order id.</summary>
    public long OrderId { get; init; }

    /// <summary>Gets the status, e.g. <c>FILLED</c>, <c>WORKING</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the status description.</summary>
    public string? StatusDescription { get; init; }

    /// <summary>Gets when the order was entered (UTC).</summary>
    public DateTimeOffset? EnteredTime { get; init; }

    /// <summary>Gets when the order closed (UTC).</summary>
    public DateTimeOffset? CloseTime { get; init; }

    /// <summary>Gets the order type, e.g. <c>NET_CREDIT</c>.</summary>
    public string? OrderType { get; init; }

    /// <summary>Gets the session.</summary>
    public string? Session { get; init; }

    /// <summary>Gets the duration.</summary>
    public string? Duration { get; init; }

    /// <summary>Gets the strategy type, e.g. <c>SINGLE</c>, <c>TRIGGER</c>.</summary>
    public string? OrderStrategyType { get; init; }

    /// <summary>Gets the complex strategy, e.g. <c>VERTICAL</c>.</summary>
    public string? ComplexOrderStrategyType { get; init; }

    /// <summary>Gets the limit price.</summary>
    public decimal? Price { get; init; }

    /// <summary>Gets the stop price.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Gets the quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Gets the filled quantity.</summary>
    public decimal? FilledQuantity { get; init; }

    /// <summary>Gets the remaining quantity.</summary>
    public decimal? RemainingQuantity { get; init; }

    /// <summary>Gets a value indicating whether Schwab would accept a cancel.</summary>
    public bool? Cancelable { get; init; }

    /// <summary>Gets a value indicating whether Schwab would accept a replace.</summary>
    public bool? Editable { get; init; }

    /// <summary>Gets the tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Gets the legs.</summary>
    public IReadOnlyList<OrderLeg> Legs { get; init; } = [];

    /// <summary>Gets the activities with their fills.</summary>
    public IReadOnlyList<OrderActivity> Activities { get; init; } = [];

    /// <summary>Gets the child order strategies (recursively mapped).</summary>
    public IReadOnlyList<Order> ChildOrders { get; init; } = [];

    /// <summary>Gets the order exactly as received (for the audit table; contains the plain account number, store encrypted).</summary>
    public string RawJson { get; init; } = "";

    /// <summary>Returns the id and status only: the raw JSON holds the plain account number and must not reach a log.</summary>
    /// <returns>A short, log-safe description.</returns>
    public override string ToString() => $"Order {OrderId} {Status}";
}
