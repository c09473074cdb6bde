using System.Data;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Chains;

/// <summary>The staging-table row shape for the SQL Server bulk copy of a chain snapshot.</summary>
internal static class SqlServerChainRows
{
    private static readonly (string Name, Type Type)[] s_columns =
    [
        ("underlying", typeof(string)), ("symbol", typeof(string)), ("option_root", typeof(string)), ("put_call", typeof(string)),
        ("expiration", typeof(DateTime)), ("dte", typeof(int)), ("strike", typeof(decimal)), ("bid", typeof(decimal)),
        ("ask", typeof(decimal)), ("last", typeof(decimal)), ("mark", typeof(decimal)), ("bid_size", typeof(long)),
        ("ask_size", typeof(long)), ("last_size", typeof(long)), ("total_volume", typeof(long)), ("open_interest", typeof(long)),
        ("high_price", typeof(decimal)), ("low_price", typeof(decimal)), ("open_price", typeof(decimal)), ("close_price", typeof(decimal)),
        ("net_change", typeof(decimal)), ("volatility", typeof(decimal)), ("delta", typeof(decimal)), ("gamma", typeof(decimal)),
        ("theta", typeof(decimal)), ("vega", typeof(decimal)), ("rho", typeof(decimal)), ("theoretical_value", typeof(decimal)),
        ("theoretical_volatility", typeof(decimal)), ("time_value", typeof(decimal)), ("intrinsic_value", typeof(decimal)),
        ("extrinsic_value", typeof(decimal)), ("in_the_money", typeof(bool)), ("multiplier", typeof(decimal)),
        ("quote_time", typeof(DateTime)), ("trade_time", typeof(DateTime)), ("last_trading_day", typeof(DateTime)),
        ("underlying_price", typeof(decimal)), ("settlement_type", typeof(string)), ("expiration_type", typeof(string)),
        ("exercise_type", typeof(string)),
    ];

    public static DataTable CreateTable()
    {
        var table = new DataTable("spx_chain_snapshot") { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach ((string name, Type type) in s_columns)
        {
            table.Columns.Add(name, type);
        }

        return table;
    }

    public static object?[] Values(OptionContract c) =>
    [
        c.Underlying, c.Symbol, c.OptionRoot, c.PutCall == PutCall.Put ? "PUT" : "CALL",
        c.Expiration.ToDateTime(TimeOnly.MinValue), c.DaysToExpiration, c.Strike, c.Bid, c.Ask, c.Last, c.Mark, c.BidSize,
        c.AskSize, c.LastSize, c.Volume, c.OpenInterest, c.HighPrice, c.LowPrice, c.OpenPrice, c.ClosePrice, c.NetChange,
        c.Volatility, c.Delta, c.Gamma, c.Theta, c.Vega, c.Rho, c.TheoreticalValue, c.TheoreticalVolatility, c.TimeValue,
        c.IntrinsicValue, c.ExtrinsicValue, c.InTheMoney, c.Multiplier, c.QuoteTime?.UtcDateTime, c.TradeTime?.UtcDateTime,
        c.LastTradingDay?.ToDateTime(TimeOnly.MinValue), c.UnderlyingPrice, c.SettlementType, c.ExpirationType, c.ExerciseType,
    ];
}
