namespace Schwab.Core.Domain;

/// <summary>The top-level fields of an option-chain response (everything but the contracts).</summary>
public sealed record OptionChainSummary
{
    /// <summary>Gets the requested underlying symbol.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>Gets the response status, normally <c>SUCCESS</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the underlying price.</summary>
    public decimal? UnderlyingPrice { get; init; }

    /// <summary>Gets a value indicating whether Schwab truncated the chain.</summary>
    public bool IsChainTruncated { get; init; }

    /// <summary>Gets a value indicating whether the data is delayed.</summary>
    public bool? IsDelayed { get; init; }

    /// <summary>Gets a value indicating whether the underlying is an index.</summary>
    public bool? IsIndex { get; init; }

    /// <summary>Gets the interest rate used, in percent.</summary>
    public decimal? InterestRate { get; init; }

    /// <summary>Gets the default volatility used, in percent.</summary>
    public decimal? Volatility { get; init; }

    /// <summary>Gets the number of contracts Schwab says it returned.</summary>
    public int? NumberOfContracts { get; init; }

    /// <summary>Gets the underlying quote (present only with includeUnderlyingQuote=true).</summary>
    public Quote? Underlying { get; init; }

    /// <summary>Gets the number of contracts actually parsed.</summary>
    public int ContractCount { get; init; }
}
