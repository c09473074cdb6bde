namespace Schwab.Simulator.Market;

/// <summary>The parameters of a <c>GET /marketdata/v1/chains</c> request the simulator honours (schwab-api.md §2.8).</summary>
public sealed record ChainRequest
{
    /// <summary>Underlying symbol; only <c>$SPX</c> has a chain.</summary>
    public string Symbol { get; init; } = "$SPX";

    /// <summary><c>CALL</c>, <c>PUT</c> or <c>ALL</c>.</summary>
    public string ContractType { get; init; } = "ALL";

    /// <summary>Number of strikes below and above the money; null = every listed strike.</summary>
    public int? StrikeCount { get; init; }

    /// <summary>Whether the response carries the <c>underlying</c> block.</summary>
    public bool IncludeUnderlyingQuote { get; init; }

    /// <summary>First expiration date (inclusive), or null.</summary>
    public DateOnly? FromDate { get; init; }

    /// <summary>Last expiration date (inclusive), or null.</summary>
    public DateOnly? ToDate { get; init; }

    /// <summary><c>ITM</c>, <c>NTM</c>, <c>OTM</c>, <c>SAK</c>, <c>SBK</c>, <c>SNK</c> or <c>ALL</c>.</summary>
    public string Range { get; init; } = "ALL";

    /// <summary>A single strike, or null.</summary>
    public decimal? Strike { get; init; }

    /// <summary><c>JAN</c>..<c>DEC</c> or <c>ALL</c>.</summary>
    public string ExpMonth { get; init; } = "ALL";
}
