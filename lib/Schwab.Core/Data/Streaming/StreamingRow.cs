using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Data.Streaming;

/// <summary>
/// One <c>streaming_data</c> row: the merged level-one state of a symbol after one received update.
/// <see cref="Ordinal"/> is the receive order within the process (not stored in the table; orders spill replay).
/// </summary>
internal sealed record StreamingRow
{
    public long Ordinal { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public long Sequence { get; init; }

    public string Service { get; init; } = "";

    public string Symbol { get; init; } = "";

    public decimal? Bid { get; init; }

    public decimal? Ask { get; init; }

    public decimal? Last { get; init; }

    public decimal? Mark { get; init; }

    public long? BidSize { get; init; }

    public long? AskSize { get; init; }

    public long? LastSize { get; init; }

    public long? TotalVolume { get; init; }

    public decimal? OpenPrice { get; init; }

    public decimal? HighPrice { get; init; }

    public decimal? LowPrice { get; init; }

    public decimal? ClosePrice { get; init; }

    public decimal? NetChange { get; init; }

    public DateTimeOffset? QuoteTime { get; init; }

    public DateTimeOffset? TradeTime { get; init; }

    public decimal? Volatility { get; init; }

    public decimal? Delta { get; init; }

    public decimal? Gamma { get; init; }

    public decimal? Theta { get; init; }

    public decimal? Vega { get; init; }

    public decimal? Rho { get; init; }

    public long? OpenInterest { get; init; }

    public decimal? UnderlyingPrice { get; init; }

    public decimal? TheoreticalValue { get; init; }

    /// <summary>The row of one update; <paramref name="ordinal"/> is its place in the receive order.</summary>
    public static StreamingRow From(LevelOneUpdate update, long ordinal)
    {
        LevelOneSnapshot s = update.State;
        bool options = s.Service == "LEVELONE_OPTIONS";
        decimal? F(int equity, int option) => s[options ? option : equity].AsDecimal();
        return new StreamingRow
        {
            Ordinal = ordinal,
            Timestamp = update.ReceivedAt,
            Sequence = update.Sequence,
            Service = update.Service,
            Symbol = update.Key,
            Bid = s.Bid,
            Ask = s.Ask,
            Last = s.Last,
            Mark = s.Mark,
            BidSize = s.BidSize,
            AskSize = s.AskSize,
            LastSize = s.LastSize,
            TotalVolume = s.TotalVolume,
            OpenPrice = F(17, 15),
            HighPrice = F(10, 5),
            LowPrice = F(11, 6),
            ClosePrice = F(12, 7),
            NetChange = F(18, 19),
            QuoteTime = s.QuoteTime,
            TradeTime = s.TradeTime,
            Volatility = s.Volatility,
            Delta = s.Delta,
            Gamma = s.Gamma,
            Theta = s.Theta,
            Vega = s.Vega,
            Rho = s.Rho,
            OpenInterest = s.OpenInterest,
            UnderlyingPrice = s.UnderlyingPrice,
            TheoreticalValue = options ? s[34].AsDecimal() : null,
        };
    }
}
