namespace Schwab.Core.Api;

/// <summary>Parameters of <c>GET /marketdata/v1/chains</c> (schwab-api.md §2.8). Null values are not sent.</summary>
public sealed record OptionChainRequest
{
    /// <summary>Gets the underlying; indexes need the <c>$</c> prefix (<c>$SPX</c>; bare <c>SPX</c> is not found).</summary>
    public required string Symbol { get; init; }

    /// <summary>Gets the contract type: <c>CALL</c>, <c>PUT</c> or <c>ALL</c>.</summary>
    public string? ContractType { get; init; }

    /// <summary>Gets the number of strikes above and below the money (not a completeness guarantee).</summary>
    public int? StrikeCount { get; init; }

    /// <summary>Gets a value indicating whether to include the underlying quote block.</summary>
    public bool? IncludeUnderlyingQuote { get; init; }

    /// <summary>Gets the strategy (default <c>SINGLE</c>).</summary>
    public string? Strategy { get; init; }

    /// <summary>Gets the range: <c>ITM</c>, <c>NTM</c>, <c>OTM</c>, <c>SAK</c>, <c>SBK</c>, <c>SNK</c>, <c>ALL</c>.</summary>
    public string? Range { get; init; }

    /// <summary>Gets a single strike.</summary>
    public decimal? Strike { get; init; }

    /// <summary>Gets the first expiration date (inclusive; not before today).</summary>
    public DateOnly? FromDate { get; init; }

    /// <summary>Gets the last expiration date (inclusive).</summary>
    public DateOnly? ToDate { get; init; }

    /// <summary>Gets the expiration month: <c>JAN</c>…<c>DEC</c> or <c>ALL</c>.</summary>
    public string? ExpMonth { get; init; }

    /// <summary>Gets the option type: <c>S</c>, <c>NS</c> or <c>ALL</c>.</summary>
    public string? OptionType { get; init; }
}
