using System.Data.Common;
using Dapper;

namespace Schwab.Core.Data;

/// <summary>
/// Read-only questions <c>schwabctl health</c> asks of the collected tables: the newest row per dataset, the newest candle per
/// symbol, and which calendar dates are stored.
/// </summary>
/// <remarks>
/// Instants are fixed-width ISO-8601 UTC text in SQLite (<see cref="SqliteText"/>), so MAX orders them by time; the quote,
/// chain and balance maxima read the first column of their primary keys, so they cost one index seek each.
/// </remarks>
internal sealed class FreshnessStore(IDbConnectionFactory connections, SqlServerNames names)
{
    private const string NewestSqlite = """
        SELECT (SELECT MAX(timestamp) FROM streaming_data) AS NewestQuote,
               (SELECT MAX(collected_at) FROM SPX_CHAIN) AS NewestChain,
               (SELECT MAX(collected_at) FROM SCHWAB_BALANCES) AS NewestBalances,
               (SELECT MAX(collected_at) FROM SCHWAB_POSITIONS) AS NewestPositions
        """;

    private const string NewestSqlServer = """
        SELECT (SELECT MAX(timestamp) FROM $(OPT).dbo.streaming_data) AS NewestQuote,
               (SELECT MAX(collected_at) FROM $(CHAINS).dbo.SPX_CHAIN) AS NewestChain,
               (SELECT MAX(collected_at) FROM $(OPT).SCHWAB.BALANCES) AS NewestBalances,
               (SELECT MAX(collected_at) FROM $(OPT).SCHWAB.POSITIONS) AS NewestPositions
        """;

    private const string MinuteSqlite = "SELECT symbol AS Symbol, MAX(time) AS Newest FROM HISTORIC_MINUTE GROUP BY symbol";

    private const string MinuteSqlServer = "SELECT symbol AS Symbol, MAX(time) AS Newest FROM $(OPT).HISTORIC.MINUTE GROUP BY symbol";

    private const string DaySqlite = "SELECT symbol AS Symbol, MAX(time) AS Newest FROM HISTORIC_DAY GROUP BY symbol";

    private const string DaySqlServer = "SELECT symbol AS Symbol, MAX(time) AS Newest FROM $(OPT).HISTORIC.DAY GROUP BY symbol";

    // Dates are ISO yyyy-MM-dd text in SQLite, so the range compares them in calendar order.
    private const string DatesSqlite = "SELECT DISTINCT market_date FROM SCHWAB_MARKET_HOURS WHERE market_date >= @From AND market_date <= @To";

    private const string DatesSqlServer = "SELECT DISTINCT market_date FROM $(OPT).SCHWAB.MARKET_HOURS WHERE market_date >= @From AND market_date <= @To";

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>The newest quote, chain snapshot, balances and positions.</summary>
    public async Task<DatasetFreshness> GetNewestAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<DatasetFreshness>(new CommandDefinition(Sql(NewestSqlite, NewestSqlServer), cancellationToken: cancellationToken));
    }

    /// <summary>The newest minute candle of each symbol (<paramref name="daily"/> false) or daily candle (true), ordered by symbol.</summary>
    public async Task<IReadOnlyList<SymbolNewest>> GetNewestCandlesAsync(bool daily, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<SymbolNewest> rows = await connection.QueryAsync<SymbolNewest>(new CommandDefinition(
            daily ? Sql(DaySqlite, DaySqlServer) : Sql(MinuteSqlite, MinuteSqlServer), cancellationToken: cancellationToken));
        return [.. rows.OrderBy(r => r.Symbol, StringComparer.Ordinal)];
    }

    /// <summary>The dates from <paramref name="from"/> to <paramref name="to"/> (inclusive) with at least one <c>MARKET_HOURS</c> row, open or closed.</summary>
    public async Task<IReadOnlySet<DateOnly>> GetStoredDatesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<DateOnly> stored = await connection.QueryAsync<DateOnly>(new CommandDefinition(
            Sql(DatesSqlite, DatesSqlServer), new { From = from, To = to }, cancellationToken: cancellationToken));
        return stored.ToHashSet();
    }

    private string Sql(string sqlite, string sqlServer) => _sqlServer ? names.Resolve(sqlServer) : sqlite;
}
