using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>The quote block of an equity, index or option quote (union of fields).</summary>
internal sealed record QuoteBlockDto
{
    [JsonPropertyName("52WeekHigh")]
    public decimal? FiftyTwoWeekHigh { get; init; }

    [JsonPropertyName("52WeekLow")]
    public decimal? FiftyTwoWeekLow { get; init; }

    public string? AskMICId { get; init; }

    public decimal? AskPrice { get; init; }

    public long? AskSize { get; init; }

    public long? AskTime { get; init; }

    public string? BidMICId { get; init; }

    public decimal? BidPrice { get; init; }

    public long? BidSize { get; init; }

    public long? BidTime { get; init; }

    public decimal? ClosePrice { get; init; }

    public decimal? HighPrice { get; init; }

    public string? LastMICId { get; init; }

    public decimal? LastPrice { get; init; }

    public long? LastSize { get; init; }

    public decimal? LowPrice { get; init; }

    public decimal? Mark { get; init; }

    public decimal? MarkChange { get; init; }

    public decimal? MarkPercentChange { get; init; }

    public decimal? NetChange { get; init; }

    public decimal? NetPercentChange { get; init; }

    public decimal? OpenPrice { get; init; }

    public decimal? PostMarketChange { get; init; }

    public decimal? PostMarketPercentChange { get; init; }

    public long? QuoteTime { get; init; }

    public string? SecurityStatus { get; init; }

    public long? TotalVolume { get; init; }

    public long? TradeTime { get; init; }

    [JsonConverter(typeof(SentinelDecimalConverter))]
    public decimal? Volatility { get; init; }

    [JsonConverter(typeof(SentinelDecimalConverter))]
    public decimal? Delta { get; init; }

    [JsonConverter(typeof(SentinelDecimalConverter))]
    public decimal? Gamma { get; init; }

    [JsonConverter(typeof(SentinelDecimalConverter))]
    public decimal? Theta { get; init; }

    [JsonConverter(typeof(SentinelDecimalConverter))]
    public decimal? Vega { get; init; }

    [JsonConverter(typeof(SentinelDecimalConverter))]
    public decimal? Rho { get; init; }

    public long? OpenInterest { get; init; }

    [JsonConverter(typeof(TheoreticalValueConverter))]
    public decimal? TheoreticalOptionValue { get; init; }

    public decimal? TimeValue { get; init; }

    public decimal? UnderlyingPrice { get; init; }

    public decimal? MoneyIntrinsicValue { get; init; }

    public decimal? ImpliedYield { get; init; }

    public decimal? IndAskPrice { get; init; }

    public decimal? IndBidPrice { get; init; }

    public long? IndQuoteTime { get; init; }
}
