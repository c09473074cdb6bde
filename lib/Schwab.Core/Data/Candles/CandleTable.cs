namespace Schwab.Core.Data.Candles;

/// <summary>Which candle table: <c>OPT.HISTORIC.MINUTE</c> or <c>OPT.HISTORIC.DAY</c>.</summary>
public enum CandleTable
{
    /// <summary>1-minute candles, stamped at the minute's start (UTC).</summary>
    Minute,

    /// <summary>Daily candles, stamped 00:00 US/Central as Schwab sends them.</summary>
    Day,
}
