namespace Schwab.Core.Domain;

/// <summary>One balance block (initial, current or projected) of an account.</summary>
public sealed record AccountBalance
{
    /// <summary>Gets which block this is.</summary>
    public BalanceKind Kind { get; init; }

    /// <summary>Gets the account value.</summary>
    public decimal? AccountValue { get; init; }

    /// <summary>Gets the liquidation value.</summary>
    public decimal? LiquidationValue { get; init; }

    /// <summary>Gets the equity.</summary>
    public decimal? Equity { get; init; }

    /// <summary>Gets the cash balance.</summary>
    public decimal? CashBalance { get; init; }

    /// <summary>Gets the total cash.</summary>
    public decimal? TotalCash { get; init; }

    /// <summary>Gets the available funds.</summary>
    public decimal? AvailableFunds { get; init; }

    /// <summary>Gets the available funds for non-marginable trades.</summary>
    public decimal? AvailableFundsNonMarginableTrade { get; init; }

    /// <summary>Gets the buying power.</summary>
    public decimal? BuyingPower { get; init; }

    /// <summary>Gets the stock buying power.</summary>
    public decimal? StockBuyingPower { get; init; }

    /// <summary>Gets the option buying power.</summary>
    public decimal? OptionBuyingPower { get; init; }

    /// <summary>Gets the day-trading buying power.</summary>
    public decimal? DayTradingBuyingPower { get; init; }

    /// <summary>Gets the maintenance requirement.</summary>
    public decimal? MaintenanceRequirement { get; init; }

    /// <summary>Gets the maintenance call.</summary>
    public decimal? MaintenanceCall { get; init; }

    /// <summary>Gets the Reg T call.</summary>
    public decimal? RegTCall { get; init; }

    /// <summary>Gets the margin balance.</summary>
    public decimal? MarginBalance { get; init; }

    /// <summary>Gets the short balance.</summary>
    public decimal? ShortBalance { get; init; }

    /// <summary>Gets the long market value.</summary>
    public decimal? LongMarketValue { get; init; }

    /// <summary>Gets the short market value.</summary>
    public decimal? ShortMarketValue { get; init; }

    /// <summary>Gets the long option market value.</summary>
    public decimal? LongOptionMarketValue { get; init; }

    /// <summary>Gets the short option market value.</summary>
    public decimal? ShortOptionMarketValue { get; init; }

    /// <summary>Gets the money-market fund value.</summary>
    public decimal? MoneyMarketFund { get; init; }

    /// <summary>Gets the mutual fund value.</summary>
    public decimal? MutualFundValue { get; init; }

    /// <summary>Gets the special memorandum account value.</summary>
    public decimal? Sma { get; init; }

    /// <summary>Gets the pending deposits.</summary>
    public decimal? PendingDeposits { get; init; }

    /// <summary>Gets the unsettled cash.</summary>
    public decimal? UnsettledCash { get; init; }

    /// <summary>Gets the cash available for trading.</summary>
    public decimal? CashAvailableForTrading { get; init; }

    /// <summary>Gets the cash available for withdrawal.</summary>
    public decimal? CashAvailableForWithdrawal { get; init; }

    /// <summary>Gets a value indicating whether the account is in a call.</summary>
    public bool? IsInCall { get; init; }
}
