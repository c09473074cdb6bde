using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Schwab.Core.Time;

namespace Schwab.Core.Data.Retention;

/// <summary>
/// Deletes old rows from the high-volume time series (the guide's monthly "archive old data" task, <c>schwabctl db prune</c>):
/// <c>OPT.dbo.streaming_data</c>, <c>CHAINS.dbo.SPX_CHAIN</c> and <c>OPT.HISTORIC.MINUTE</c>.
/// </summary>
/// <remarks>
/// Everything else is kept: tokens, account hashes and the market calendar drive the daemons; orders, transactions,
/// spreads, balances and positions are the account's history (small, and the guide never deletes them); daily candles
/// are one row per symbol per day. Rows go in batches of at most <c>batchSize</c>, each in its own transaction, so the
/// SQLite WAL and the SQL Server log stay small and the collectors are never blocked for long.
/// </remarks>
internal sealed partial class DataPruner(IDbConnectionFactory connections, SqlServerNames names, TimeProvider time, ILogger<DataPruner> logger)
{
    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>The tables pruned, as the guide names them.</summary>
    public static IReadOnlyList<string> Tables => [.. s_tables.Select(t => t.Name)];

    /// <summary>
    /// The cut-off for "older than <paramref name="days"/> days": New York midnight starting the exchange date
    /// <paramref name="days"/> days before today, so whole exchange days are kept and a kept day is never half-pruned.
    /// </summary>
    public DateTimeOffset CutoffFor(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        DateOnly today = MarketClock.ExchangeDate(time.GetUtcNow());
        return MarketClock.AtExchangeTime(today.AddDays(-days), TimeOnly.MinValue);
    }

    /// <summary>Deletes (or with <paramref name="dryRun"/> only counts) rows whose time is before <paramref name="cutoff"/>, table by table.</summary>
    public async Task<IReadOnlyList<TablePruneResult>> PruneAsync(DateTimeOffset cutoff, int batchSize, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var results = new List<TablePruneResult>();
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        foreach (PrunedTable table in s_tables)
        {
            results.Add(dryRun
                ? new TablePruneResult(table.Name, table.Column, await CountAsync(connection, table, cutoff, cancellationToken), 0)
                : await DeleteAsync(connection, table, cutoff, batchSize, cancellationToken));
        }

        return results;
    }

    private async Task<long> CountAsync(DbConnection connection, PrunedTable table, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            _sqlServer ? names.Resolve(table.CountSqlServer) : table.CountSqlite, new { Cutoff = cutoff }, cancellationToken: cancellationToken));

    private async Task<TablePruneResult> DeleteAsync(DbConnection connection, PrunedTable table, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        string sql = _sqlServer ? names.Resolve(table.DeleteSqlServer) : table.DeleteSqlite;
        long total = 0;
        int batches = 0;
        int deleted;
        do
        {
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            deleted = await connection.ExecuteAsync(new CommandDefinition(
                sql, new { Cutoff = cutoff, Batch = batchSize }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            total += deleted;
            batches++;
        }
        while (deleted == batchSize);

        Log.Pruned(logger, table.Name, total, cutoff, batches);
        return new TablePruneResult(table.Name, table.Column, total, batches);
    }
}
