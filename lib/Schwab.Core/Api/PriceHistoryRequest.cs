namespace Schwab.Core.Api;

/// <summary>Parameters of <c>GET /marketdata/v1/pricehistory</c> (schwab-api.md §2.9). Null values are not sent.</summary>
public sealed record PriceHistoryRequest
{
    /// <summary>Gets the symbol, e.g. <c>$SPX</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>Gets the period type: <c>day</c>, <c>month</c>, <c>year</c>, <c>ytd</c>.</summary>
    public string? PeriodType { get; init; }

    /// <summary>Gets the number of periods.</summary>
    public int? Period { get; init; }

    /// <summary>Gets the frequency type: <c>minute</c>, <c>daily</c>, <c>weekly</c>, <c>monthly</c>.</summary>
    public string? FrequencyType { get; init; }

    /// <summary>Gets the frequency (minutes: 1, 5, 10, 15, 30; otherwise 1).</summary>
    public int? Frequency { get; init; }

    /// <summary>Gets the start (sent as epoch milliseconds).</summary>
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>Gets the end (sent as epoch milliseconds).</summary>
    public DateTimeOffset? EndDate { get; init; }

    /// <summary>Gets a value indicating whether to include extended-hours candles.</summary>
    public bool? NeedExtendedHoursData { get; init; }

    /// <summary>Gets a value indicating whether to include the previous close.</summary>
    public bool? NeedPreviousClose { get; init; }
}
