namespace Schwab.Core.Domain;

/// <summary>Which balance block of an account.</summary>
public enum BalanceKind
{
    /// <summary>Balances at the start of the day.</summary>
    Initial,

    /// <summary>Current balances.</summary>
    Current,

    /// <summary>Projected balances.</summary>
    Projected,
}
