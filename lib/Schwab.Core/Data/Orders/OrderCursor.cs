namespace Schwab.Core.Data.Orders;

/// <summary>What is stored for one account's orders: where the next incremental query must start.</summary>
/// <param name="NewestEntered">The newest entered time of a stored top-level order, or null when none is stored.</param>
/// <param name="OldestOpenEntered">The oldest entered time of a stored top-level order not yet in a final status, or null.</param>
internal sealed record OrderCursor(DateTimeOffset? NewestEntered, DateTimeOffset? OldestOpenEntered);
