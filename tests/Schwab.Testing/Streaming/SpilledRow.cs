namespace Schwab.Testing.Streaming;

/// <summary>The identity of one <c>streaming_data</c> row waiting in schwab-stream's spill file.</summary>
/// <param name="Symbol">The symbol key.</param>
/// <param name="Sequence">The per-key sequence the daemon gave the update.</param>
/// <param name="Timestamp">When the daemon received it.</param>
/// <param name="Ordinal">Its place in the receiving process's receive order.</param>
public sealed record SpilledRow(string Symbol, long Sequence, DateTimeOffset Timestamp, long Ordinal);
