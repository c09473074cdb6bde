namespace Schwab.Simulator.Recording;

/// <summary>One transaction as served by a transactions endpoint.</summary>
/// <param name="Time">Simulator time of the response.</param>
/// <param name="ActivityId">Activity id.</param>
/// <param name="OrderId">The order it belongs to.</param>
/// <param name="Json">The exact JSON of the transaction object.</param>
public sealed record RecordedTransaction(DateTimeOffset Time, long ActivityId, long OrderId, string Json);
