namespace Schwab.Core.Data;

/// <summary>The newest candle time of one symbol in <c>HISTORIC_MINUTE</c> or <c>HISTORIC_DAY</c> (UTC).</summary>
internal sealed class SymbolNewest
{
    public string Symbol { get; set; } = "";

    public DateTimeOffset Newest { get; set; }
}
