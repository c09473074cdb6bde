using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Schwab.Core.Api;
using Schwab.Core.Data.Chains;
using Schwab.Core.Domain;

namespace Schwab.Core.Data;

/// <summary>
/// Writes option-chain snapshots into <c>CHAINS.dbo.SPX_CHAIN</c>: one row per contract, one transaction per snapshot,
/// and a replayed snapshot (same <c>collected_at</c>, <c>collection_frequency</c>, <c>symbol</c>) inserts nothing.
/// </summary>
/// <remarks>
/// SQLite: one prepared, parameterised <c>INSERT … ON CONFLICT DO NOTHING</c> reused for every row.
/// SQL Server: each parsed batch is bulk-copied into a session temp table, then one set-based
/// <c>INSERT … SELECT … WHERE NOT EXISTS</c> moves the snapshot into the table before the commit.
/// </remarks>
internal sealed class OptionChainStore(IDbConnectionFactory connections, SqlServerNames names)
{
    private const string InsertSqlite = """
        INSERT INTO SPX_CHAIN (collected_at, collection_frequency, underlying, symbol, option_root, put_call, expiration, dte, strike,
            bid, ask, last, mark, bid_size, ask_size, last_size, total_volume, open_interest, high_price, low_price, open_price,
            close_price, net_change, volatility, delta, gamma, theta, vega, rho, theoretical_value, theoretical_volatility,
            time_value, intrinsic_value, extrinsic_value, in_the_money, multiplier, quote_time, trade_time, last_trading_day,
            underlying_price, settlement_type, expiration_type, exercise_type)
        VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20,
            $p21, $p22, $p23, $p24, $p25, $p26, $p27, $p28, $p29, $p30, $p31, $p32, $p33, $p34, $p35, $p36, $p37, $p38, $p39,
            $p40, $p41, $p42)
        ON CONFLICT (collected_at, collection_frequency, symbol) DO NOTHING
        """;

    private const string CreateStagingSqlServer = """
        CREATE TABLE #spx_chain_snapshot
        (
            underlying nvarchar(16) NOT NULL, symbol nvarchar(32) NOT NULL, option_root nvarchar(16) NULL,
            put_call nvarchar(4) NOT NULL, expiration date NOT NULL, dte int NULL, strike decimal(19,4) NOT NULL,
            bid decimal(19,4) NULL, ask decimal(19,4) NULL, last decimal(19,4) NULL, mark decimal(19,4) NULL,
            bid_size bigint NULL, ask_size bigint NULL, last_size bigint NULL, total_volume bigint NULL, open_interest bigint NULL,
            high_price decimal(19,4) NULL, low_price decimal(19,4) NULL, open_price decimal(19,4) NULL,
            close_price decimal(19,4) NULL, net_change decimal(19,4) NULL, volatility decimal(19,8) NULL,
            delta decimal(19,8) NULL, gamma decimal(19,8) NULL, theta decimal(19,8) NULL, vega decimal(19,8) NULL,
            rho decimal(19,8) NULL, theoretical_value decimal(19,6) NULL, theoretical_volatility decimal(19,8) NULL,
            time_value decimal(19,4) NULL, intrinsic_value decimal(19,4) NULL, extrinsic_value decimal(19,4) NULL,
            in_the_money bit NULL, multiplier decimal(19,4) NULL, quote_time datetime2(7) NULL, trade_time datetime2(7) NULL,
            last_trading_day date NULL, underlying_price decimal(19,4) NULL, settlement_type nvarchar(4) NULL,
            expiration_type nvarchar(4) NULL, exercise_type nvarchar(4) NULL
        );
        """;

    // UPDLOCK + HOLDLOCK: two writers of one snapshot key cannot both pass the NOT EXISTS check.
    private const string MoveStagingSqlServer = """
        INSERT INTO $(CHAINS).dbo.SPX_CHAIN WITH (TABLOCK) (collected_at, collection_frequency, underlying, symbol, option_root, put_call,
            expiration, dte, strike, bid, ask, last, mark, bid_size, ask_size, last_size, total_volume, open_interest, high_price,
            low_price, open_price, close_price, net_change, volatility, delta, gamma, theta, vega, rho, theoretical_value,
            theoretical_volatility, time_value, intrinsic_value, extrinsic_value, in_the_money, multiplier, quote_time, trade_time,
            last_trading_day, underlying_price, settlement_type, expiration_type, exercise_type)
        SELECT @CollectedAt, @Frequency, s.underlying, s.symbol, s.option_root, s.put_call, s.expiration, s.dte, s.strike, s.bid,
            s.ask, s.last, s.mark, s.bid_size, s.ask_size, s.last_size, s.total_volume, s.open_interest, s.high_price, s.low_price,
            s.open_price, s.close_price, s.net_change, s.volatility, s.delta, s.gamma, s.theta, s.vega, s.rho, s.theoretical_value,
            s.theoretical_volatility, s.time_value, s.intrinsic_value, s.extrinsic_value, s.in_the_money, s.multiplier,
            s.quote_time, s.trade_time, s.last_trading_day, s.underlying_price, s.settlement_type, s.expiration_type, s.exercise_type
        FROM #spx_chain_snapshot AS s
        WHERE NOT EXISTS (
            SELECT 1 FROM $(CHAINS).dbo.SPX_CHAIN AS t WITH (UPDLOCK, HOLDLOCK)
            WHERE t.collected_at = @CollectedAt AND t.collection_frequency = @Frequency AND t.symbol = s.symbol);
        DROP TABLE #spx_chain_snapshot;
        """;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Opens a connection and a transaction for one snapshot; write its batches, then commit.</summary>
    /// <param name="collectedAt">The snapshot instant (stored in UTC).</param>
    /// <param name="frequency">The collection frequency, e.g. <c>1min</c>, <c>5min</c>, <c>30min</c>.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The open snapshot; disposing it without a commit rolls everything back.</returns>
    public async Task<OptionChainSnapshot> BeginSnapshotAsync(DateTimeOffset collectedAt, string frequency, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(frequency) || frequency.Length > 8)
        {
            throw new ArgumentException($"collection frequency '{frequency}' must be 1 to 8 characters, e.g. 1min", nameof(frequency));
        }

        DbConnection connection = await connections.OpenAsync(cancellationToken);
        try
        {
            DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            return _sqlServer
                ? await SqlServerChainSnapshot.StartAsync((SqlConnection)connection, (SqlTransaction)transaction,
                    collectedAt, frequency, CreateStagingSqlServer, names.Resolve(MoveStagingSqlServer), cancellationToken)
                : new SqliteChainSnapshot((SqliteConnection)connection, (SqliteTransaction)transaction, collectedAt, frequency, InsertSqlite);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stores <paramref name="contracts"/> as one snapshot.</summary>
    /// <returns>The rows inserted (0 for a replay).</returns>
    public async Task<int> StoreAsync(DateTimeOffset collectedAt, string frequency, IReadOnlyList<OptionContract> contracts, CancellationToken cancellationToken)
    {
        await using OptionChainSnapshot snapshot = await BeginSnapshotAsync(collectedAt, frequency, cancellationToken);
        await snapshot.WriteAsync(contracts, cancellationToken);
        return await snapshot.CommitAsync(cancellationToken);
    }

    /// <summary>Parses a <c>/chains</c> body with the streaming parser and stores it as one snapshot while it is read.</summary>
    /// <returns>The chain's summary and the rows inserted.</returns>
    public async Task<(OptionChainSummary Summary, int Inserted)> ParseAndStoreAsync(
        Stream body, string? requestedSymbol, DateTimeOffset collectedAt, string frequency, CancellationToken cancellationToken)
    {
        await using OptionChainSnapshot snapshot = await BeginSnapshotAsync(collectedAt, frequency, cancellationToken);
        OptionChainSummary summary = await OptionChainParser.ParseAsync(body, requestedSymbol, snapshot.WriteAsync, cancellationToken);
        return (summary, await snapshot.CommitAsync(cancellationToken));
    }
}
