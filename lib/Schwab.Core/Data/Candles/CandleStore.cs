using System.Data.Common;
using Dapper;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Candles;

/// <summary>
/// Minute and daily candles in <c>OPT.HISTORIC.MINUTE</c> / <c>OPT.HISTORIC.DAY</c>, keyed by (symbol, time). Writes are
/// idempotent upserts in one transaction per batch: storing the same candles twice changes nothing.
/// </summary>
internal sealed partial class CandleStore(IDbConnectionFactory connections, SqlServerNames names)
{
    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Stores the candles in one transaction; returns how many rows were inserted or changed.</summary>
    public async Task<int> UpsertAsync(CandleTable table, IReadOnlyList<Candle> candles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0)
        {
            return 0;
        }

        string sql = Sql(table, UpsertMinuteSqlite, UpsertMinuteSqlServer, UpsertDaySqlite, UpsertDaySqlServer);
        int changed = 0;
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (Candle candle in candles)
        {
            var command = new CommandDefinition(sql, candle, transaction, cancellationToken: cancellationToken);
            changed += _sqlServer ? await connection.ExecuteScalarAsync<int>(command) : await connection.ExecuteAsync(command);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>The stored candles of <paramref name="symbol"/> with <paramref name="from"/> ≤ time &lt; <paramref name="to"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Candle>> GetAsync(CandleTable table, string symbol, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<Candle> rows = await connection.QueryAsync<Candle>(new CommandDefinition(
            Sql(table, RangeMinuteSqlite, RangeMinuteSqlServer, RangeDaySqlite, RangeDaySqlServer),
            new { Symbol = symbol, From = from, To = to }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>The stored candle times of <paramref name="symbol"/> with <paramref name="from"/> ≤ time &lt; <paramref name="to"/>.</summary>
    public async Task<IReadOnlySet<DateTimeOffset>> GetTimesAsync(CandleTable table, string symbol, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<DateTimeOffset> times = await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(
            Sql(table, TimesMinuteSqlite, TimesMinuteSqlServer, TimesDaySqlite, TimesDaySqlServer),
            new { Symbol = symbol, From = from, To = to }, cancellationToken: cancellationToken));
        return times.Select(t => t.ToUniversalTime()).ToHashSet();
    }

    private string Sql(CandleTable table, string minuteSqlite, string minuteSqlServer, string daySqlite, string daySqlServer) => (table, _sqlServer) switch
    {
        (CandleTable.Minute, false) => minuteSqlite,
        (CandleTable.Minute, true) => names.Resolve(minuteSqlServer),
        (CandleTable.Day, false) => daySqlite,
        _ => names.Resolve(daySqlServer),
    };
}
