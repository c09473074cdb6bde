namespace Schwab.Core.Reports;

/// <summary>The report's SQL, one constant per dialect. Instants compare correctly in SQLite: they are fixed-format UTC text.</summary>
internal sealed partial class ReportStore
{
    private const string CountsSqlite = """
        SELECT 'quotes' AS Dataset, COUNT(*) AS Total FROM streaming_data WHERE timestamp >= @From AND timestamp < @To
        UNION ALL SELECT 'chains', COUNT(*) FROM SPX_CHAIN WHERE collected_at >= @From AND collected_at < @To
        UNION ALL SELECT 'minuteCandles', COUNT(*) FROM HISTORIC_MINUTE WHERE time >= @From AND time < @To
        UNION ALL SELECT 'dayCandles', COUNT(*) FROM HISTORIC_DAY WHERE time >= @From AND time < @To
        UNION ALL SELECT 'orders', COUNT(*) FROM SCHWAB_ORDERS WHERE entered_time >= @From AND entered_time < @To
        UNION ALL SELECT 'orderVersions', COUNT(*) FROM SCHWAB_JSON_TRANSACTIONS WHERE created_at >= @From AND created_at < @To
        UNION ALL SELECT 'transactions', COUNT(*) FROM SCHWAB_TRANSACTIONS WHERE time >= @From AND time < @To
        UNION ALL SELECT 'balances', COUNT(*) FROM SCHWAB_BALANCES WHERE collected_at >= @From AND collected_at < @To
        UNION ALL SELECT 'positions', COUNT(*) FROM SCHWAB_POSITIONS WHERE collected_at >= @From AND collected_at < @To
        """;

    private const string CountsSqlServer = """
        SELECT 'quotes' AS Dataset, COUNT_BIG(*) AS Total FROM $(OPT).dbo.streaming_data WHERE [timestamp] >= @From AND [timestamp] < @To
        UNION ALL SELECT 'chains', COUNT_BIG(*) FROM $(CHAINS).dbo.SPX_CHAIN WHERE collected_at >= @From AND collected_at < @To
        UNION ALL SELECT 'minuteCandles', COUNT_BIG(*) FROM $(OPT).HISTORIC.MINUTE WHERE time >= @From AND time < @To
        UNION ALL SELECT 'dayCandles', COUNT_BIG(*) FROM $(OPT).HISTORIC.DAY WHERE time >= @From AND time < @To
        UNION ALL SELECT 'orders', COUNT_BIG(*) FROM $(OPT).SCHWAB.ORDERS WHERE entered_time >= @From AND entered_time < @To
        UNION ALL SELECT 'orderVersions', COUNT_BIG(*) FROM $(OPT).SCHWAB.JSON_TRANSACTIONS WHERE created_at >= @From AND created_at < @To
        UNION ALL SELECT 'transactions', COUNT_BIG(*) FROM $(OPT).SCHWAB.TRANSACTIONS WHERE time >= @From AND time < @To
        UNION ALL SELECT 'balances', COUNT_BIG(*) FROM $(OPT).SCHWAB.BALANCES WHERE collected_at >= @From AND collected_at < @To
        UNION ALL SELECT 'positions', COUNT_BIG(*) FROM $(OPT).SCHWAB.POSITIONS WHERE collected_at >= @From AND collected_at < @To
        """;

    private const string ChainsSqlite = """
        SELECT collection_frequency AS Frequency, COUNT(DISTINCT collected_at) AS Snapshots, COUNT(*) AS Contracts
        FROM SPX_CHAIN WHERE collected_at >= @From AND collected_at < @To GROUP BY collection_frequency
        """;

    private const string ChainsSqlServer = """
        SELECT collection_frequency AS Frequency, COUNT_BIG(DISTINCT collected_at) AS Snapshots, COUNT_BIG(*) AS Contracts
        FROM $(CHAINS).dbo.SPX_CHAIN WHERE collected_at >= @From AND collected_at < @To GROUP BY collection_frequency
        """;

    // Minute buckets: the first 16 characters of the stored text are yyyy-MM-ddTHH:mm (read back as UTC).
    private const string QuoteMinutesSqlite = """
        SELECT DISTINCT substr(timestamp, 1, 16) FROM streaming_data WHERE timestamp >= @From AND timestamp < @To
        """;

    private const string QuoteMinutesSqlServer = """
        SELECT DISTINCT CAST(DATEADD(minute, DATEDIFF(minute, 0, [timestamp]), 0) AS datetime2) FROM $(OPT).dbo.streaming_data
        WHERE [timestamp] >= @From AND [timestamp] < @To
        """;

    private const string ChainMinutesSqlite = """
        SELECT DISTINCT substr(collected_at, 1, 16) FROM SPX_CHAIN
        WHERE collection_frequency = @Frequency AND collected_at >= @From AND collected_at < @To
        """;

    private const string ChainMinutesSqlServer = """
        SELECT DISTINCT CAST(DATEADD(minute, DATEDIFF(minute, 0, collected_at), 0) AS datetime2) FROM $(CHAINS).dbo.SPX_CHAIN
        WHERE collection_frequency = @Frequency AND collected_at >= @From AND collected_at < @To
        """;

    private const string CandleSymbolsSqlite = "SELECT DISTINCT symbol FROM HISTORIC_MINUTE WHERE time >= @From AND time < @To";

    private const string CandleSymbolsSqlServer = "SELECT DISTINCT symbol FROM $(OPT).HISTORIC.MINUTE WHERE time >= @From AND time < @To";

    private const string CandleMinutesSqlite = """
        SELECT symbol AS Symbol, substr(time, 1, 16) AS Minute FROM HISTORIC_MINUTE WHERE time >= @From AND time < @To
        """;

    private const string CandleMinutesSqlServer = """
        SELECT symbol AS Symbol, CAST(DATEADD(minute, DATEDIFF(minute, 0, time), 0) AS datetime2) AS Minute FROM $(OPT).HISTORIC.MINUTE
        WHERE time >= @From AND time < @To
        """;
}
