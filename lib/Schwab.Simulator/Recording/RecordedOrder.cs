namespace Schwab.Simulator.Recording;

/// <summary>One order object as served by an orders endpoint.</summary>
/// <param name="Time">Simulator time of the response.</param>
/// <param name="OrderId">Order id.</param>
/// <param name="Status">Order status served.</param>
/// <param name="FilledQuantity">Filled quantity served.</param>
/// <param name="Json">The exact JSON of the order object.</param>
public sealed record RecordedOrder(DateTimeOffset Time, long OrderId, string Status, decimal FilledQuantity, string Json);
