namespace Schwab.Core.Domain;

/// <summary>One option-chain row (one contract of one snapshot); prices are decimals, Schwab sentinels are null.</summary>
public sealed record OptionContract
{
    /// <summary>Gets the underlying symbol, e.g. <c>$SPX</c>.</summary>
    public string Underlying { get; init; } = "";

    /// <summary>Gets the OCC-style symbol with its padding spaces, e.g. <c>SPXW  250520C05660000</c>.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>Gets whether the contract is a put or a call.</summary>
    public PutCall PutCall { get; init; }

    /// <summary>Gets the expiration date (from the chain's expiry key).</summary>
    public DateOnly Expiration { get; init; }

    /// <summary>Gets the calendar days to expiration as Schwab computed them.</summary>
    public int DaysToExpiration { get; init; }

    /// <summary>Gets the strike price.</summary>
    public decimal Strike { get; init; }

    /// <summary>Gets the bid price.</summary>
    public decimal? Bid { get; init; }

    /// <summary>Gets the ask price.</summary>
    public decimal? Ask { get; init; }

    /// <summary>Gets the last trade price.</summary>
    public decimal? Last { get; init; }

    /// <summary>Gets the mark price.</summary>
    public decimal? Mark { get; init; }

    /// <summary>Gets the bid size.</summary>
    public long? BidSize { get; init; }

    /// <summary>Gets the ask size.</summary>
    public long? AskSize { get; init; }

    /// <summary>Gets the last trade size.</summary>
    public long? LastSize { get; init; }

    /// <summary>Gets the day's total volume.</summary>
    public long? Volume { get; init; }

    /// <summary>Gets the open interest.</summary>
    public long? OpenInterest { get; init; }

    /// <summary>Gets the implied volatility in percent, or null when Schwab could not compute it (-999).</summary>
    public decimal? Volatility { get; init; }

    /// <summary>Gets the delta, or null when unavailable.</summary>
    public decimal? Delta { get; init; }

    /// <summary>Gets the gamma, or null when unavailable.</summary>
    public decimal? Gamma { get; init; }

    /// <summary>Gets the theta, or null when unavailable.</summary>
    public decimal? Theta { get; init; }

    /// <summary>Gets the vega, or null when unavailable.</summary>
    public decimal? Vega { get; init; }

    /// <summary>Gets the rho, or null when unavailable.</summary>
    public decimal? Rho { get; init; }

    /// <summary>Gets the theoretical option value, or null when unavailable (-1 or -999).</summary>
    public decimal? TheoreticalValue { get; init; }

    /// <summary>Gets the quote time (UTC), or null when Schwab sent 0.</summary>
    public DateTimeOffset? QuoteTime { get; init; }

    /// <summary>Gets the last trade time (UTC), or null when there was no trade.</summary>
    public DateTimeOffset? TradeTime { get; init; }

    /// <summary>Gets the underlying price of the chain response, when it preceded the maps.</summary>
    public decimal? UnderlyingPrice { get; init; }

    /// <summary>Gets the settlement type: <c>P</c> PM-settled (SPXW) or <c>A</c> AM-settled (SPX).</summary>
    public string? SettlementType { get; init; }

    /// <summary>Gets the expiration type: <c>S</c> standard, <c>W</c> weekly/daily, <c>M</c> end of month, <c>Q</c> quarterly.</summary>
    public string? ExpirationType { get; init; }

    /// <summary>Gets the option root, e.g. <c>SPXW</c> or <c>SPX</c>.</summary>
    public string? OptionRoot { get; init; }

    /// <summary>Gets the day's high price.</summary>
    public decimal? HighPrice { get; init; }

    /// <summary>Gets the day's low price.</summary>
    public decimal? LowPrice { get; init; }

    /// <summary>Gets the day's open price.</summary>
    public decimal? OpenPrice { get; init; }

    /// <summary>Gets the previous close price.</summary>
    public decimal? ClosePrice { get; init; }

    /// <summary>Gets the change from the previous close.</summary>
    public decimal? NetChange { get; init; }

    /// <summary>Gets the theoretical volatility, or null when unavailable (-999).</summary>
    public decimal? TheoreticalVolatility { get; init; }

    /// <summary>Gets the time value.</summary>
    public decimal? TimeValue { get; init; }

    /// <summary>Gets the intrinsic value (Schwab may send a small negative value out of the money).</summary>
    public decimal? IntrinsicValue { get; init; }

    /// <summary>Gets the extrinsic value.</summary>
    public decimal? ExtrinsicValue { get; init; }

    /// <summary>Gets whether the contract is in the money.</summary>
    public bool? InTheMoney { get; init; }

    /// <summary>Gets the contract multiplier (100 for SPX).</summary>
    public decimal? Multiplier { get; init; }

    /// <summary>Gets the last trading day (exchange date), or null when Schwab sent none.</summary>
    public DateOnly? LastTradingDay { get; init; }

    /// <summary>Gets the exercise type: <c>E</c> European, <c>A</c> American.</summary>
    public string? ExerciseType { get; init; }
}
