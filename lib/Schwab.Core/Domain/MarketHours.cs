namespace Schwab.Core.Domain;

/// <summary>One market/product's hours for one day (from /markets).</summary>
public sealed record MarketHours
{
    /// <summary>Gets the trading date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Gets the market key, e.g. <c>equity</c> or <c>option</c>.</summary>
    public string Market { get; init; } = "";

    /// <summary>Gets the product, e.g. <c>EQ</c>, <c>EQO</c>, <c>IND</c> (the market name on a closed day).</summary>
    public string Product { get; init; } = "";

    /// <summary>Gets the product name; absent on a closed day.</summary>
    public string? ProductName { get; init; }

    /// <summary>Gets a value indicating whether the market is open that day.</summary>
    public bool IsOpen { get; init; }

    /// <summary>Gets the sessions (pre, regular, post); empty on a closed day.</summary>
    public IReadOnlyList<MarketSession> Sessions { get; init; } = [];
}
