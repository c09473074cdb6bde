namespace Schwab.Core.Api.Models;

/// <summary>Initial, current or projected balances of a MARGIN or CASH account; the union of every field seen (§2.3).</summary>
internal sealed record BalancesDto
{
    public decimal? AccruedInterest { get; init; }

    public decimal? AccountValue { get; init; }

    public decimal? AvailableFunds { get; init; }

    public decimal? AvailableFundsNonMarginableTrade { get; init; }

    public decimal? BondValue { get; init; }

    public decimal? BuyingPower { get; init; }

    public decimal? BuyingPowerNonMarginableTrade { get; init; }

    public decimal? CashAvailableForTrading { get; init; }

    public decimal? CashAvailableForWithdrawal { get; init; }

    public decimal? CashBalance { get; init; }

    public decimal? CashCall { get; init; }

    public decimal? CashDebitCallValue { get; init; }

    public decimal? CashReceipts { get; init; }

    public decimal? DayTradingBuyingPower { get; init; }

    public decimal? DayTradingBuyingPowerCall { get; init; }

    public decimal? DayTradingEquityCall { get; init; }

    public decimal? Equity { get; init; }

    public decimal? EquityPercentage { get; init; }

    public bool? IsInCall { get; init; }

    public decimal? LiquidationValue { get; init; }

    public decimal? LongMarginValue { get; init; }

    public decimal? LongMarketValue { get; init; }

    public decimal? LongNonMarginableMarketValue { get; init; }

    public decimal? LongOptionMarketValue { get; init; }

    public decimal? LongStockValue { get; init; }

    public decimal? MaintenanceCall { get; init; }

    public decimal? MaintenanceRequirement { get; init; }

    public decimal? Margin { get; init; }

    public decimal? MarginBalance { get; init; }

    public decimal? MarginEquity { get; init; }

    public decimal? MoneyMarketFund { get; init; }

    public decimal? MutualFundValue { get; init; }

    public decimal? OptionBuyingPower { get; init; }

    public decimal? PendingDeposits { get; init; }

    public decimal? RegTCall { get; init; }

    public decimal? Savings { get; init; }

    public decimal? ShortBalance { get; init; }

    public decimal? ShortMarginValue { get; init; }

    public decimal? ShortMarketValue { get; init; }

    public decimal? ShortOptionMarketValue { get; init; }

    public decimal? ShortStockValue { get; init; }

    public decimal? Sma { get; init; }

    public decimal? StockBuyingPower { get; init; }

    public decimal? TotalCash { get; init; }

    public decimal? UnsettledCash { get; init; }
}
