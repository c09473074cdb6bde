namespace Schwab.Core.Api.Streaming;

/// <summary>One field received in a level-one message.</summary>
internal readonly record struct LevelOneFieldChange(int Field, LevelOneValue Value);
