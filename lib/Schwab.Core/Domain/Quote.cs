namespace Schwab.Core.Domain;

/// <summary>A level-one quote of an equity, index or option (from /quotes or a chain's underlying block).</summary>
public sealed record Quote
{
    /// <summary>Gets the symbol.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>Gets the asset main type (<c>EQUITY</c>, <c>INDEX</c>, <c>OPTION</c>, ...).</summary>
    public string? AssetType { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the bid price.</summary>
    public decimal? Bid { get; init; }

    /// <summary>Gets the ask price.</summary>
    public decimal? Ask { get; init; }

    /// <summary>Gets the last price.</summary>
    public decimal? Last { get; init; }

    /// <summary>Gets the mark price.</summary>
    public decimal? Mark { get; init; }

    /// <summary>Gets the bid size.</summary>
    public long? BidSize { get; init; }

    /// <summary>Gets the ask size.</summary>
    public long? AskSize { get; init; }

    /// <summary>Gets the last size.</summary>
    public long? LastSize { get; init; }

    /// <summary>Gets the open price.</summary>
    public decimal? Open { get; init; }

    /// <summary>Gets the day high.</summary>
    public decimal? High { get; init; }

    /// <summary>Gets the day low.</summary>
    public decimal? Low { get; init; }

    /// <summary>Gets the previous close.</summary>
    public decimal? Close { get; init; }

    /// <summary>Gets the net change.</summary>
    public decimal? NetChange { get; init; }

    /// <summary>Gets the net change in percent.</summary>
    public decimal? NetPercentChange { get; init; }

    /// <summary>Gets the total volume.</summary>
    public long? TotalVolume { get; init; }

    /// <summary>Gets the quote time (UTC).</summary>
    public DateTimeOffset? QuoteTime { get; init; }

    /// <summary>Gets the trade time (UTC).</summary>
    public DateTimeOffset? TradeTime { get; init; }

    /// <summary>Gets the security status (<c>Normal</c>, <c>Closed</c>, ...).</summary>
    public string? SecurityStatus { get; init; }

    /// <summary>Gets a value indicating whether the quote is real time.</summary>
    public bool? Realtime { get; init; }

    /// <summary>Gets the option implied volatility, or null.</summary>
    public decimal? Volatility { get; init; }

    /// <summary>Gets the option delta, or null.</summary>
    public decimal? Delta { get; init; }

    /// <summary>Gets the option gamma, or null.</summary>
    public decimal? Gamma { get; init; }

    /// <summary>Gets the option theta, or null.</summary>
    public decimal? Theta { get; init; }

    /// <summary>Gets the option vega, or null.</summary>
    public decimal? Vega { get; init; }

    /// <summary>Gets the option rho, or null.</summary>
    public decimal? Rho { get; init; }

    /// <summary>Gets the option open interest.</summary>
    public long? OpenInterest { get; init; }

    /// <summary>Gets the option theoretical value, or null.</summary>
    public decimal? TheoreticalValue { get; init; }

    /// <summary>Gets the option's underlying price.</summary>
    public decimal? UnderlyingPrice { get; init; }
}
