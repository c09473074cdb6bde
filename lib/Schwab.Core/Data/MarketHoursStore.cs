using System.Data.Common;
using Dapper;
using Schwab.Core.Domain;

namespace Schwab.Core.Data;

/// <summary>The market calendar in <c>OPT.SCHWAB.MARKET_HOURS</c>: one row per date, market and product, sessions in UTC.</summary>
internal sealed class MarketHoursStore(IDbConnectionFactory connections, SqlServerNames names, TimeProvider time)
{
    private const string UpsertSqlite = """
        INSERT INTO SCHWAB_MARKET_HOURS (market_date, market, product, product_name, is_open, pre_market_start, pre_market_end,
            regular_start, regular_end, post_market_start, post_market_end, updated_at)
        VALUES (@MarketDate, @Market, @Product, @ProductName, @IsOpen, @PreMarketStart, @PreMarketEnd,
            @RegularStart, @RegularEnd, @PostMarketStart, @PostMarketEnd, @UpdatedAt)
        ON CONFLICT (market_date, market, product) DO UPDATE SET
            product_name = excluded.product_name, is_open = excluded.is_open,
            pre_market_start = excluded.pre_market_start, pre_market_end = excluded.pre_market_end,
            regular_start = excluded.regular_start, regular_end = excluded.regular_end,
            post_market_start = excluded.post_market_start, post_market_end = excluded.post_market_end, updated_at = excluded.updated_at
        """;

    private const string UpsertSqlServer = """
        UPDATE $(OPT).SCHWAB.MARKET_HOURS WITH (UPDLOCK, SERIALIZABLE)
        SET product_name = @ProductName, is_open = @IsOpen, pre_market_start = @PreMarketStart, pre_market_end = @PreMarketEnd,
            regular_start = @RegularStart, regular_end = @RegularEnd, post_market_start = @PostMarketStart,
            post_market_end = @PostMarketEnd, updated_at = @UpdatedAt
        WHERE market_date = @MarketDate AND market = @Market AND product = @Product;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.MARKET_HOURS (market_date, market, product, product_name, is_open, pre_market_start, pre_market_end,
                regular_start, regular_end, post_market_start, post_market_end, updated_at)
            VALUES (@MarketDate, @Market, @Product, @ProductName, @IsOpen, @PreMarketStart, @PreMarketEnd,
                @RegularStart, @RegularEnd, @PostMarketStart, @PostMarketEnd, @UpdatedAt);
        """;

    private const string ByDateSqlite = """
        SELECT market_date AS MarketDate, market AS Market, product AS Product, product_name AS ProductName, is_open AS IsOpen,
               pre_market_start AS PreMarketStart, pre_market_end AS PreMarketEnd, regular_start AS RegularStart, regular_end AS RegularEnd,
               post_market_start AS PostMarketStart, post_market_end AS PostMarketEnd, updated_at AS UpdatedAt
        FROM SCHWAB_MARKET_HOURS WHERE market_date = @MarketDate AND market = @Market
        """;

    private const string ByDateSqlServer = """
        SELECT market_date AS MarketDate, market AS Market, product AS Product, product_name AS ProductName, is_open AS IsOpen,
               pre_market_start AS PreMarketStart, pre_market_end AS PreMarketEnd, regular_start AS RegularStart, regular_end AS RegularEnd,
               post_market_start AS PostMarketStart, post_market_end AS PostMarketEnd, updated_at AS UpdatedAt
        FROM $(OPT).SCHWAB.MARKET_HOURS WHERE market_date = @MarketDate AND market = @Market
        """;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Stores (or replaces) the given days in one transaction; storing the same answer twice changes nothing but <c>updated_at</c>.</summary>
    public async Task UpsertAsync(IEnumerable<MarketHours> days, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        string sql = _sqlServer ? names.Resolve(UpsertSqlServer) : UpsertSqlite;
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (MarketHours day in days)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, MarketHoursRow.From(day, now), transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The stored products of <paramref name="market"/> (<c>equity</c>, <c>option</c>) on <paramref name="date"/>; empty when nothing is stored.</summary>
    public async Task<IReadOnlyList<MarketHours>> GetAsync(DateOnly date, string market, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<MarketHoursRow> rows = await connection.QueryAsync<MarketHoursRow>(new CommandDefinition(
            _sqlServer ? names.Resolve(ByDateSqlServer) : ByDateSqlite, new { MarketDate = date, Market = market }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDomain())];
    }
}
