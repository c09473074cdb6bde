using System.Collections.Immutable;

namespace Schwab.Core.Api.Streaming;

/// <summary>One received level-one item, merged into the key's state.</summary>
/// <param name="Service">LEVELONE_EQUITIES or LEVELONE_OPTIONS.</param>
/// <param name="Key">The symbol.</param>
/// <param name="ReceivedAt">When the frame was received (from the injected TimeProvider, UTC).</param>
/// <param name="ServerTime">The data message's <c>timestamp</c>, when sent.</param>
/// <param name="Sequence">Per-key sequence number, 1 for the first update of a key, never reset by reconnects.</param>
/// <param name="ChangedFields">The field numbers carried by this message, ascending.</param>
/// <param name="State">The merged state after this update (immutable).</param>
public sealed record LevelOneUpdate(
    string Service,
    string Key,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ServerTime,
    long Sequence,
    ImmutableArray<int> ChangedFields,
    LevelOneSnapshot State);
