namespace Schwab.Core.Data;

/// <summary>Every table the migrations create, in the default SQL Server layout.</summary>
/// <remarks>
/// <para>
/// SQL Server keeps the guide's three-part names: databases <c>OPT</c> and <c>CHAINS</c> (configurable through
/// <see cref="DatabaseOptions.OptDatabase"/> and <see cref="DatabaseOptions.ChainsDatabase"/>, always bracket-quoted),
/// schemas <c>SCHWAB</c>, <c>HISTORIC</c> and <c>dbo</c>.
/// </para>
/// <para>
/// SQLite keeps every table in one file and maps the schema to a name prefix; the database part is dropped:
/// <c>OPT.SCHWAB.API</c> → <c>SCHWAB_API</c>, <c>OPT.HISTORIC.MINUTE</c> → <c>HISTORIC_MINUTE</c>; <c>dbo</c> tables
/// keep their bare name: <c>OPT.dbo.streaming_data</c> → <c>streaming_data</c>, <c>CHAINS.dbo.SPX_CHAIN</c> →
/// <c>SPX_CHAIN</c>. Column names are identical in both dialects.
/// </para>
/// <para>
/// SQLite column types: decimals are <c>TEXT</c> (invariant culture, so no precision is lost to REAL affinity),
/// instants are <c>TEXT</c> in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, dates <c>TEXT</c> as <c>yyyy-MM-dd</c>,
/// booleans <c>INTEGER</c> 0/1. Never sort, sum or compare decimals in SQLite SQL.
/// SQL Server: prices <c>decimal(19,4)</c>, greeks and volatility <c>decimal(19,8)</c>, instants <c>datetime2(7)</c> in UTC.
/// </para>
/// </remarks>
internal static class TableNames
{
    public static readonly TableName SchemaVersion = new("OPT", "SCHWAB", "SCHEMA_VERSION");
    public static readonly TableName Api = new("OPT", "SCHWAB", "API");
    public static readonly TableName Hash = new("OPT", "SCHWAB", "HASH");
    public static readonly TableName MarketHours = new("OPT", "SCHWAB", "MARKET_HOURS");
    public static readonly TableName SpxChain = new("CHAINS", "dbo", "SPX_CHAIN");
    public static readonly TableName StreamingData = new("OPT", "dbo", "streaming_data");
    public static readonly TableName LatestQuote = new("OPT", "SCHWAB", "LATEST_QUOTE");
    public static readonly TableName HistoricMinute = new("OPT", "HISTORIC", "MINUTE");
    public static readonly TableName HistoricDay = new("OPT", "HISTORIC", "DAY");
    public static readonly TableName JsonTransactions = new("OPT", "SCHWAB", "JSON_TRANSACTIONS");
    public static readonly TableName Orders = new("OPT", "SCHWAB", "ORDERS");
    public static readonly TableName OrderLegs = new("OPT", "SCHWAB", "ORDER_LEGS");
    public static readonly TableName OrderActivities = new("OPT", "SCHWAB", "ORDER_ACTIVITIES");
    public static readonly TableName ExecutionLegs = new("OPT", "SCHWAB", "EXECUTION_LEGS");
    public static readonly TableName Spreads = new("OPT", "SCHWAB", "SPREADS");
    public static readonly TableName Transactions = new("OPT", "SCHWAB", "TRANSACTIONS");
    public static readonly TableName Balances = new("OPT", "SCHWAB", "BALANCES");
    public static readonly TableName Positions = new("OPT", "SCHWAB", "POSITIONS");
    public static readonly TableName ServiceStatus = new("OPT", "SCHWAB", "SERVICE_STATUS");
    public static readonly TableName Alerts = new("OPT", "SCHWAB", "ALERTS");

    /// <summary>All tables, in creation order.</summary>
    public static readonly IReadOnlyList<TableName> All =
    [
        SchemaVersion, Api, Hash, MarketHours, SpxChain, StreamingData, LatestQuote, HistoricMinute, HistoricDay,
        JsonTransactions, Orders, OrderLegs, OrderActivities, ExecutionLegs, Spreads, Transactions, Balances,
        Positions, ServiceStatus, Alerts,
    ];
}
