namespace Schwab.Core.Api.Models;

/// <summary>One symbol's entry in the /quotes map (§2.7).</summary>
internal sealed record QuoteEntryDto
{
    public string? AssetMainType { get; init; }

    public string? AssetSubType { get; init; }

    public string? QuoteType { get; init; }

    public bool? Realtime { get; init; }

    public long? Ssid { get; init; }

    public string? Symbol { get; init; }

    public QuoteBlockDto? Quote { get; init; }

    public ReferenceBlockDto? Reference { get; init; }

    public RegularBlockDto? Regular { get; init; }

    public FundamentalBlockDto? Fundamental { get; init; }

    public ExtendedBlockDto? Extended { get; init; }
}
