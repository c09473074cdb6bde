namespace Schwab.Simulator.Recording;

/// <summary>One level-one content item sent on the streamer, in send order.</summary>
/// <param name="Sequence">Position in the send order (0-based, across services).</param>
/// <param name="Time">The <c>timestamp</c> of the data message (simulator time).</param>
/// <param name="Service">Service.</param>
/// <param name="Key">Symbol key.</param>
/// <param name="Fields">The numbered fields sent in this item (values are decimal, long, double, string or bool).</param>
/// <param name="State">The merged state of the key after this item (every field sent so far).</param>
public sealed record RecordedStreamUpdate(
    long Sequence, DateTimeOffset Time, string Service, string Key,
    IReadOnlyDictionary<int, object> Fields, IReadOnlyDictionary<int, object> State);
