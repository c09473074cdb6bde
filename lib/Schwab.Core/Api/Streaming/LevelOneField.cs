namespace Schwab.Core.Api.Streaming;

/// <summary>One numbered field of a level-one service (schwab-api.md §4.6).</summary>
/// <param name="Number">The field number as sent on the wire.</param>
/// <param name="Name">Our name for it (PascalCase).</param>
/// <param name="Type">How its value is read.</param>
public sealed record LevelOneField(int Number, string Name, LevelOneValueType Type);
