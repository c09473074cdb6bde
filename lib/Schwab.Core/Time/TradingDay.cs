namespace Schwab.Core.Time;

/// <summary>One exchange date as the schedules see it: open or closed, and its sessions (UTC).</summary>
/// <param name="Date">The exchange (New York) date.</param>
/// <param name="IsOpen">Whether there is a regular session.</param>
/// <param name="Regular">The regular session; an early close shows as an earlier end.</param>
/// <param name="PreMarket">Pre-market hours, when known.</param>
/// <param name="PostMarket">Post-market hours, when known.</param>
/// <param name="FromCalendar">False when no calendar rows were stored and the Monday–Friday fallback was used.</param>
public sealed record TradingDay(DateOnly Date, bool IsOpen, SessionWindow? Regular, SessionWindow? PreMarket, SessionWindow? PostMarket, bool FromCalendar);
