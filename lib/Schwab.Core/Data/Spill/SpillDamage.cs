namespace Schwab.Core.Data.Spill;

/// <summary>A span of a spill file between two whole records that holds no record that checks out.</summary>
/// <param name="Offset">Where the span starts: where a record was expected.</param>
/// <param name="Length">The span's length in bytes.</param>
/// <param name="Records">
/// About how many records it held: one, plus each further sync marker in it (a damaged marker hides a record; a marker
/// inside a payload counts one too many).
/// </param>
internal readonly record struct SpillDamage(long Offset, long Length, int Records);
