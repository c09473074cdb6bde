using System.Data.Common;
using System.Text.Json;
using Dapper;
using Schwab.Core.Domain;

namespace Schwab.Core.Data;

/// <summary>
/// Balance and position snapshots in <c>OPT.SCHWAB.BALANCES</c> and <c>OPT.SCHWAB.POSITIONS</c>, keyed by collection time and
/// account hash (never the number). One transaction per snapshot; storing a snapshot again inserts nothing.
/// </summary>
internal sealed class BalancesStore(IDbConnectionFactory connections, SqlServerNames names)
{
    private const string BalanceColumns = """
        collected_at, account_hash, account_type, cash_balance, available_funds, buying_power, day_trading_buying_power,
            option_buying_power, equity, liquidation_value, long_market_value, short_market_value, long_option_market_value,
            short_option_market_value, maintenance_requirement, margin_balance, json
        """;

    private const string BalanceValues = """
        @CollectedAt, @AccountHash, @AccountType, @CashBalance, @AvailableFunds, @BuyingPower, @DayTradingBuyingPower,
            @OptionBuyingPower, @Equity, @LiquidationValue, @LongMarketValue, @ShortMarketValue, @LongOptionMarketValue,
            @ShortOptionMarketValue, @MaintenanceRequirement, @MarginBalance, @Json
        """;

    private const string PositionColumns = """
        collected_at, account_hash, symbol, asset_type, put_call, underlying_symbol, long_quantity, short_quantity,
            average_price, market_value, current_day_profit_loss, maintenance_requirement
        """;

    private const string PositionValues = """
        @CollectedAt, @AccountHash, @Symbol, @AssetType, @PutCall, @UnderlyingSymbol, @LongQuantity, @ShortQuantity,
            @AveragePrice, @MarketValue, @CurrentDayProfitLoss, @MaintenanceRequirement
        """;

    private const string InsertBalanceSqlite =
        "INSERT INTO SCHWAB_BALANCES (" + BalanceColumns + ") VALUES (" + BalanceValues + ") ON CONFLICT (collected_at, account_hash) DO NOTHING";

    private const string InsertBalanceSqlServer =
        "INSERT INTO $(OPT).SCHWAB.BALANCES (" + BalanceColumns + ") SELECT " + BalanceValues + """
         WHERE NOT EXISTS (SELECT 1 FROM $(OPT).SCHWAB.BALANCES WITH (UPDLOCK, HOLDLOCK)
            WHERE collected_at = @CollectedAt AND account_hash = @AccountHash)
        """;

    private const string InsertPositionSqlite =
        "INSERT INTO SCHWAB_POSITIONS (" + PositionColumns + ") VALUES (" + PositionValues + ") ON CONFLICT (collected_at, account_hash, symbol) DO NOTHING";

    private const string InsertPositionSqlServer =
        "INSERT INTO $(OPT).SCHWAB.POSITIONS (" + PositionColumns + ") SELECT " + PositionValues + """
         WHERE NOT EXISTS (SELECT 1 FROM $(OPT).SCHWAB.POSITIONS WITH (UPDLOCK, HOLDLOCK)
            WHERE collected_at = @CollectedAt AND account_hash = @AccountHash AND symbol = @Symbol)
        """;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>
    /// Stores one snapshot of <paramref name="accounts"/> (those with a hash) at <paramref name="collectedAt"/> in one transaction;
    /// returns how many balance and position rows were new.
    /// </summary>
    public async Task<(int Balances, int Positions)> InsertAsync(DateTimeOffset collectedAt, IEnumerable<Account> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        string balanceSql = _sqlServer ? names.Resolve(InsertBalanceSqlServer) : InsertBalanceSqlite;
        string positionSql = _sqlServer ? names.Resolve(InsertPositionSqlServer) : InsertPositionSqlite;
        int balances = 0, positions = 0;
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (Account account in accounts.Where(a => a.AccountHash.Length > 0))
        {
            balances += await connection.ExecuteAsync(new CommandDefinition(balanceSql, BalanceRow(collectedAt, account), transaction, cancellationToken: cancellationToken));
            foreach (Position position in account.Positions)
            {
                positions += await connection.ExecuteAsync(new CommandDefinition(
                    positionSql, PositionRow(collectedAt, account.AccountHash, position), transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return (balances, positions);
    }

    private static object BalanceRow(DateTimeOffset collectedAt, Account account)
    {
        AccountBalance b = account.CurrentBalances ?? new AccountBalance { Kind = BalanceKind.Current };

        // The raw blocks without positions; the domain account carries no account number, so none can reach this column.
        string json = JsonSerializer.Serialize(
            new { account.Type, account.AggregatedLiquidationValue, account.InitialBalances, account.CurrentBalances, account.ProjectedBalances }, s_json);
        return new
        {
            CollectedAt = collectedAt,
            account.AccountHash,
            AccountType = account.Type,
            b.CashBalance,
            b.AvailableFunds,
            b.BuyingPower,
            b.DayTradingBuyingPower,
            b.OptionBuyingPower,
            b.Equity,
            LiquidationValue = b.LiquidationValue ?? account.AggregatedLiquidationValue,
            b.LongMarketValue,
            b.ShortMarketValue,
            b.LongOptionMarketValue,
            b.ShortOptionMarketValue,
            b.MaintenanceRequirement,
            b.MarginBalance,
            Json = json,
        };
    }

    private static object PositionRow(DateTimeOffset collectedAt, string accountHash, Position p) => new
    {
        CollectedAt = collectedAt,
        AccountHash = accountHash,
        p.Symbol,
        p.AssetType,
        p.PutCall,
        p.UnderlyingSymbol,
        p.LongQuantity,
        p.ShortQuantity,
        p.AveragePrice,
        p.MarketValue,
        p.CurrentDayProfitLoss,
        p.MaintenanceRequirement,
    };
}
