namespace Schwab.Core.Data.Retention;

/// <summary>The prune SQL: a bounded delete and a count per table and dialect.</summary>
internal sealed partial class DataPruner
{
    // SQLite has no DELETE ... LIMIT unless compiled with it; the rowid sub-select bounds the batch the same way.
    private const string DeleteQuotesSqlite = """
        DELETE FROM streaming_data WHERE rowid IN (SELECT rowid FROM streaming_data WHERE timestamp < @Cutoff LIMIT @Batch)
        """;

    private const string DeleteQuotesSqlServer = "DELETE TOP (@Batch) FROM $(OPT).dbo.streaming_data WHERE [timestamp] < @Cutoff";

    private const string CountQuotesSqlite = "SELECT COUNT(*) FROM streaming_data WHERE timestamp < @Cutoff";

    private const string CountQuotesSqlServer = "SELECT COUNT_BIG(*) FROM $(OPT).dbo.streaming_data WHERE [timestamp] < @Cutoff";

    private const string DeleteChainsSqlite = """
        DELETE FROM SPX_CHAIN WHERE rowid IN (SELECT rowid FROM SPX_CHAIN WHERE collected_at < @Cutoff LIMIT @Batch)
        """;

    private const string DeleteChainsSqlServer = "DELETE TOP (@Batch) FROM $(CHAINS).dbo.SPX_CHAIN WHERE collected_at < @Cutoff";

    private const string CountChainsSqlite = "SELECT COUNT(*) FROM SPX_CHAIN WHERE collected_at < @Cutoff";

    private const string CountChainsSqlServer = "SELECT COUNT_BIG(*) FROM $(CHAINS).dbo.SPX_CHAIN WHERE collected_at < @Cutoff";

    private const string DeleteMinutesSqlite = """
        DELETE FROM HISTORIC_MINUTE WHERE rowid IN (SELECT rowid FROM HISTORIC_MINUTE WHERE time < @Cutoff LIMIT @Batch)
        """;

    private const string DeleteMinutesSqlServer = "DELETE TOP (@Batch) FROM $(OPT).HISTORIC.MINUTE WHERE time < @Cutoff";

    private const string CountMinutesSqlite = "SELECT COUNT(*) FROM HISTORIC_MINUTE WHERE time < @Cutoff";

    private const string CountMinutesSqlServer = "SELECT COUNT_BIG(*) FROM $(OPT).HISTORIC.MINUTE WHERE time < @Cutoff";

    private static readonly IReadOnlyList<PrunedTable> s_tables =
    [
        new(TableNames.StreamingData.ToString(), "timestamp", DeleteQuotesSqlite, DeleteQuotesSqlServer, CountQuotesSqlite, CountQuotesSqlServer),
        new(TableNames.SpxChain.ToString(), "collected_at", DeleteChainsSqlite, DeleteChainsSqlServer, CountChainsSqlite, CountChainsSqlServer),
        new(TableNames.HistoricMinute.ToString(), "time", DeleteMinutesSqlite, DeleteMinutesSqlServer, CountMinutesSqlite, CountMinutesSqlServer),
    ];

    private sealed record PrunedTable(string Name, string Column, string DeleteSqlite, string DeleteSqlServer, string CountSqlite, string CountSqlServer);
}
