namespace Schwab.Simulator.Market;

/// <summary>One option contract as served (chains, quotes and the streamer share this source).</summary>
/// <param name="Symbol">OCC-padded symbol, e.g. <c>SPXW  251208C06880000</c>.</param>
/// <param name="Root">Option root (<c>SPX</c> or <c>SPXW</c>).</param>
/// <param name="IsCall">True for a call.</param>
/// <param name="Expiration">The listing.</param>
/// <param name="Strike">Strike price.</param>
/// <param name="Description">Schwab's description, e.g. <c>SPXW 12/08/2025 6880.00 C</c>.</param>
/// <param name="Bid">Bid.</param>
/// <param name="Ask">Ask.</param>
/// <param name="Last">Last trade price.</param>
/// <param name="Mark">Mid of bid and ask.</param>
/// <param name="BidSize">Bid size in contracts.</param>
/// <param name="AskSize">Ask size in contracts.</param>
/// <param name="LastSize">Last trade size.</param>
/// <param name="High">Today's high.</param>
/// <param name="Low">Today's low.</param>
/// <param name="Open">Today's open (0 before the open).</param>
/// <param name="Close">Previous session's close.</param>
/// <param name="TotalVolume">Contracts traded today.</param>
/// <param name="OpenInterest">Open interest.</param>
/// <param name="TradeTime">Last trade time (UTC).</param>
/// <param name="QuoteTime">Last quote time (UTC).</param>
/// <param name="Volatility">Implied volatility in percent, or -999.0 when it cannot be computed.</param>
/// <param name="Delta">Delta, or -999.0.</param>
/// <param name="Gamma">Gamma, or -999.0.</param>
/// <param name="Theta">Theta per day, or -999.0.</param>
/// <param name="Vega">Vega per volatility point, or -999.0.</param>
/// <param name="Rho">Rho per rate point, or -999.0.</param>
/// <param name="TheoreticalValue">Black–Scholes value, or -999.0.</param>
/// <param name="UnderlyingPrice">The underlying price used.</param>
/// <param name="DaysToExpiration">Calendar days from the exchange date to expiration.</param>
/// <param name="Ssid">Schwab security id.</param>
public sealed record OptionQuote(
    string Symbol, string Root, bool IsCall, OptionExpiration Expiration, decimal Strike, string Description,
    decimal Bid, decimal Ask, decimal Last, decimal Mark, int BidSize, int AskSize, int LastSize,
    decimal High, decimal Low, decimal Open, decimal Close, long TotalVolume, long OpenInterest,
    DateTimeOffset TradeTime, DateTimeOffset QuoteTime, double Volatility, double Delta, double Gamma, double Theta,
    double Vega, double Rho, decimal TheoreticalValue, decimal UnderlyingPrice, int DaysToExpiration, long Ssid)
{
    /// <summary>Signed intrinsic value: negative when out of the money (Schwab's convention).</summary>
    public decimal IntrinsicValue => IsCall ? UnderlyingPrice - Strike : Strike - UnderlyingPrice;

    /// <summary>True when the intrinsic value is positive.</summary>
    public bool InTheMoney => IntrinsicValue > 0;

    /// <summary>Last minus the non-negative intrinsic value.</summary>
    public decimal TimeValue => Last - Math.Max(0, IntrinsicValue);

    /// <summary>Last minus the signed intrinsic value.</summary>
    public decimal ExtrinsicValue => Last - IntrinsicValue;

    /// <summary>Last minus the previous close.</summary>
    public decimal NetChange => Last - Close;

    /// <summary>Mark minus the previous close.</summary>
    public decimal MarkChange => Mark - Close;

    /// <summary>Net change in percent of the close (0 when the close is 0).</summary>
    public double PercentChange => Close == 0 ? 0 : Math.Round((double)(NetChange / Close) * 100, 2);

    /// <summary>Mark change in percent of the close (0 when the close is 0).</summary>
    public double MarkPercentChange => Close == 0 ? 0 : Math.Round((double)(MarkChange / Close) * 100, 2);

    /// <summary>Strike plus (calls) or minus (puts) the mark.</summary>
    public decimal BreakEven => IsCall ? Strike + Mark : Strike - Mark;
}
