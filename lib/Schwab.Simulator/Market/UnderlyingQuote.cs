namespace Schwab.Simulator.Market;

/// <summary>The state of an index or equity at one instant, as the simulator serves it.</summary>
/// <param name="Symbol">The symbol, e.g. <c>$SPX</c>.</param>
/// <param name="Last">Last price.</param>
/// <param name="Bid">Bid (indexes: a wide indicative value).</param>
/// <param name="Ask">Ask (indexes: a wide indicative value).</param>
/// <param name="Open">Today's opening price (0 before the open).</param>
/// <param name="High">Today's high so far.</param>
/// <param name="Low">Today's low so far.</param>
/// <param name="Close">The previous session's close.</param>
/// <param name="TotalVolume">Volume so far today.</param>
/// <param name="BidSize">Bid size.</param>
/// <param name="AskSize">Ask size.</param>
/// <param name="LastSize">Last trade size.</param>
/// <param name="TradeTime">Time of the last trade (UTC).</param>
/// <param name="QuoteTime">Time of the last quote (UTC).</param>
/// <param name="SecurityStatus"><c>Normal</c> during the session, <c>Closed</c> otherwise.</param>
/// <param name="High52Week">52-week high.</param>
/// <param name="Low52Week">52-week low.</param>
public sealed record UnderlyingQuote(
    string Symbol, decimal Last, decimal Bid, decimal Ask, decimal Open, decimal High, decimal Low, decimal Close,
    long TotalVolume, int BidSize, int AskSize, int LastSize, DateTimeOffset TradeTime, DateTimeOffset QuoteTime,
    string SecurityStatus, decimal High52Week, decimal Low52Week)
{
    /// <summary>Mark: the mid of bid and ask for equities, the last price for indexes.</summary>
    public decimal Mark { get; init; }

    /// <summary>Last minus the previous close.</summary>
    public decimal NetChange => Last - Close;

    /// <summary>Net change in percent of the previous close.</summary>
    public double NetPercentChange => Close == 0 ? 0 : Math.Round((double)(NetChange / Close) * 100, 4);
}
