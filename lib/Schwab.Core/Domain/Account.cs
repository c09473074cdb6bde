namespace Schwab.Core.Domain;

/// <summary>One brokerage account snapshot, identified by its hash (never the plain number).</summary>
public sealed record Account
{
    /// <summary>Gets the encrypted account id Schwab uses in paths (empty when unknown).</summary>
    public string AccountHash { get; init; } = "";

    /// <summary>Gets the account type (<c>MARGIN</c>, <c>CASH</c>).</summary>
    public string? Type { get; init; }

    /// <summary>Gets a value indicating whether the account is flagged as a pattern day trader.</summary>
    public bool? IsDayTrader { get; init; }

    /// <summary>Gets the day-trade round trips.</summary>
    public int? RoundTrips { get; init; }

    /// <summary>Gets the positions (empty unless requested).</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>Gets the balances at the start of the day.</summary>
    public AccountBalance? InitialBalances { get; init; }

    /// <summary>Gets the current balances.</summary>
    public AccountBalance? CurrentBalances { get; init; }

    /// <summary>Gets the projected balances.</summary>
    public AccountBalance? ProjectedBalances { get; init; }

    /// <summary>Gets the aggregated liquidation value.</summary>
    public decimal? AggregatedLiquidationValue { get; init; }
}
