using System.Data.Common;
using Dapper;
using Schwab.Core.Data;

namespace Schwab.Core.Alerts;

/// <summary>
/// <c>OPT.SCHWAB.ALERTS</c>: one row per alert key, shared by every process, so throttling holds across the daemons,
/// <c>schwabctl health --alert</c> and the <c>schwab-alert@</c> hook. The send is claimed with a compare-and-swap on
/// <c>last_sent_at</c>, so of two processes racing over one key exactly one mails.
/// </summary>
internal sealed partial class AlertStore(IDbConnectionFactory connections, SqlServerNames names)
{
    private const string Columns = """
        alert_key AS AlertKey, subject AS Subject, first_seen_at AS FirstSeenAt, last_seen_at AS LastSeenAt,
        last_sent_at AS LastSentAt, occurrence_count AS OccurrenceCount, resolved_at AS ResolvedAt
        """;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Records one occurrence (a resolved key re-opens as a new incident) and returns the row after it.</summary>
    public async Task<AlertRow> RecordAsync(string key, string subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        var args = new { Key = key, Subject = subject, Now = now };
        await connection.ExecuteAsync(new CommandDefinition(Sql(RecordSqlServer, RecordSqlite), args, cancellationToken: cancellationToken));
        return await connection.QuerySingleAsync<AlertRow>(new CommandDefinition(Sql(GetSqlServer, GetSqlite), args, cancellationToken: cancellationToken));
    }

    /// <summary>The row of <paramref name="key"/>, or null.</summary>
    public async Task<AlertRow?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AlertRow>(
            new CommandDefinition(Sql(GetSqlServer, GetSqlite), new { Key = key }, cancellationToken: cancellationToken));
    }

    /// <summary>Every unresolved row.</summary>
    public async Task<IReadOnlyList<AlertRow>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<AlertRow> rows = await connection.QueryAsync<AlertRow>(
            new CommandDefinition(Sql(ListOpenSqlServer, ListOpenSqlite), cancellationToken: cancellationToken));
        return [.. rows.OrderBy(r => r.AlertKey, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Marks the key sent at <paramref name="now"/> only if <c>last_sent_at</c> still is <paramref name="previous"/>
    /// (what this process read): true means this process owns the send.
    /// </summary>
    public async Task<bool> TryClaimSendAsync(string key, DateTimeOffset? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        int rows = await connection.ExecuteAsync(new CommandDefinition(
            Sql(ClaimSqlServer, ClaimSqlite), new { Key = key, Previous = previous, Now = now }, cancellationToken: cancellationToken));
        return rows == 1;
    }

    /// <summary>Undoes a claim whose mail failed, so the next raise retries (unless another claim came since).</summary>
    public async Task ReleaseSendAsync(string key, DateTimeOffset claimed, DateTimeOffset? previous, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            Sql(ReleaseSqlServer, ReleaseSqlite), new { Key = key, Claimed = claimed, Previous = previous }, cancellationToken: cancellationToken));
    }

    /// <summary>Marks an open key resolved; true only for the one caller that resolved it.</summary>
    public async Task<bool> TryResolveAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        int rows = await connection.ExecuteAsync(new CommandDefinition(
            Sql(ResolveSqlServer, ResolveSqlite), new { Key = key, Now = now }, cancellationToken: cancellationToken));
        return rows == 1;
    }

    private string Sql(string sqlServer, string sqlite) => _sqlServer ? names.Resolve(sqlServer) : sqlite;
}
