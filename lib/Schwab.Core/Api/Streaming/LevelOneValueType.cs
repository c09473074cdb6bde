namespace Schwab.Core.Api.Streaming;

/// <summary>How a level-one field's value is to be read.</summary>
public enum LevelOneValueType
{
    /// <summary>Text (descriptions, exchange characters, status).</summary>
    Text,

    /// <summary>A price or ratio, read as <see cref="decimal"/>.</summary>
    Number,

    /// <summary>A count (sizes, volume, open interest), read as <see cref="long"/>.</summary>
    Count,

    /// <summary>A flag.</summary>
    Flag,

    /// <summary>An instant in epoch milliseconds, read as a UTC <see cref="DateTimeOffset"/>.</summary>
    EpochMilliseconds,
}
