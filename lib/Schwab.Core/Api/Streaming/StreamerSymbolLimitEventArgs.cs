namespace Schwab.Core.Api.Streaming;

/// <summary>Raised when Schwab trims a subscription (code 19).</summary>
/// <param name="limit">What was trimmed.</param>
public sealed class StreamerSymbolLimitEventArgs(StreamerSymbolLimit limit) : EventArgs
{
    /// <summary>What was trimmed.</summary>
    public StreamerSymbolLimit Limit { get; } = limit;
}
