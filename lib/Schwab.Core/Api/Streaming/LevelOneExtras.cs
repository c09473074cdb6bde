namespace Schwab.Core.Api.Streaming;

/// <summary>The named (non-numbered) properties of a level-one item: delayed, asset types, CUSIP.</summary>
internal readonly record struct LevelOneExtras(bool? Delayed, string? AssetMainType, string? AssetSubType, string? Cusip)
{
    public LevelOneExtras MergedWith(LevelOneExtras newer) => new(
        newer.Delayed ?? Delayed,
        newer.AssetMainType ?? AssetMainType,
        newer.AssetSubType ?? AssetSubType,
        newer.Cusip ?? Cusip);
}
