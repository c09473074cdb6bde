namespace Schwab.Simulator.Market;

/// <summary>One listed $SPX expiration.</summary>
/// <param name="Date">Expiration date.</param>
/// <param name="Root">Option root: <c>SPXW</c> (PM-settled weeklies/dailies) or <c>SPX</c> (AM-settled monthlies).</param>
/// <param name="ExpirationType">Schwab's code: <c>W</c> weekly/daily, <c>S</c> standard third-Friday.</param>
/// <param name="SettlementType"><c>P</c> PM-settled or <c>A</c> AM-settled.</param>
/// <param name="ExpiresAt">The instant the contract stops trading (UTC).</param>
public sealed record OptionExpiration(DateOnly Date, string Root, string ExpirationType, string SettlementType, DateTimeOffset ExpiresAt);
