using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Mapping;

/// <summary>Maps account DTOs to domain accounts (by hash; the plain number never leaves this folder except in <see cref="AccountLink"/>).</summary>
internal static class AccountMapper
{
    public static AccountLink ToLink(AccountNumberDto dto) => new(dto.AccountNumber ?? "", dto.HashValue ?? "");

    public static Account ToAccount(AccountEnvelopeDto dto, string accountHash)
    {
        SecuritiesAccountDto a = dto.SecuritiesAccount ?? new SecuritiesAccountDto();
        return new Account
        {
            AccountHash = accountHash,
            Type = a.Type,
            IsDayTrader = a.IsDayTrader,
            RoundTrips = a.RoundTrips,
            Positions = [.. (a.Positions ?? []).Select(ToPosition)],
            InitialBalances = ToBalance(a.InitialBalances, BalanceKind.Initial),
            CurrentBalances = ToBalance(a.CurrentBalances, BalanceKind.Current),
            ProjectedBalances = ToBalance(a.ProjectedBalances, BalanceKind.Projected),
            AggregatedLiquidationValue = dto.AggregatedBalance?.LiquidationValue,
        };
    }

    public static Position ToPosition(PositionDto p) => new()
    {
        Symbol = p.Instrument?.Symbol ?? "",
        AssetType = p.Instrument?.AssetType,
        Cusip = p.Instrument?.Cusip,
        Description = p.Instrument?.Description,
        PutCall = p.Instrument?.PutCall,
        UnderlyingSymbol = p.Instrument?.UnderlyingSymbol,
        LongQuantity = p.LongQuantity ?? 0,
        ShortQuantity = p.ShortQuantity ?? 0,
        AveragePrice = p.AveragePrice,
        AverageLongPrice = p.AverageLongPrice,
        AverageShortPrice = p.AverageShortPrice,
        MarketValue = p.MarketValue,
        MaintenanceRequirement = p.MaintenanceRequirement,
        CurrentDayProfitLoss = p.CurrentDayProfitLoss,
        CurrentDayProfitLossPercentage = p.CurrentDayProfitLossPercentage,
        LongOpenProfitLoss = p.LongOpenProfitLoss,
        ShortOpenProfitLoss = p.ShortOpenProfitLoss,
    };

    public static AccountBalance? ToBalance(BalancesDto? b, BalanceKind kind) => b is null ? null : new AccountBalance
    {
        Kind = kind,
        AccountValue = b.AccountValue,
        LiquidationValue = b.LiquidationValue,
        Equity = b.Equity,
        CashBalance = b.CashBalance,
        TotalCash = b.TotalCash,
        AvailableFunds = b.AvailableFunds,
        AvailableFundsNonMarginableTrade = b.AvailableFundsNonMarginableTrade,
        BuyingPower = b.BuyingPower,
        StockBuyingPower = b.StockBuyingPower,
        OptionBuyingPower = b.OptionBuyingPower,
        DayTradingBuyingPower = b.DayTradingBuyingPower,
        MaintenanceRequirement = b.MaintenanceRequirement,
        MaintenanceCall = b.MaintenanceCall,
        RegTCall = b.RegTCall,
        MarginBalance = b.MarginBalance,
        ShortBalance = b.ShortBalance,
        LongMarketValue = b.LongMarketValue,
        ShortMarketValue = b.ShortMarketValue,
        LongOptionMarketValue = b.LongOptionMarketValue,
        ShortOptionMarketValue = b.ShortOptionMarketValue,
        MoneyMarketFund = b.MoneyMarketFund,
        MutualFundValue = b.MutualFundValue,
        Sma = b.Sma,
        PendingDeposits = b.PendingDeposits,
        UnsettledCash = b.UnsettledCash,
        CashAvailableForTrading = b.CashAvailableForTrading,
        CashAvailableForWithdrawal = b.CashAvailableForWithdrawal,
        IsInCall = b.IsInCall,
    };
}
