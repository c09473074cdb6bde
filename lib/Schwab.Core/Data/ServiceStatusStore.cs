using System.Data.Common;
using Dapper;

namespace Schwab.Core.Data;

/// <summary>The heartbeat row of each daemon in <c>OPT.SCHWAB.SERVICE_STATUS</c>, read by <c>schwabctl health</c>.</summary>
internal sealed class ServiceStatusStore(IDbConnectionFactory connections, SqlServerNames names)
{
    private const string UpsertSqlite = """
        INSERT INTO SCHWAB_SERVICE_STATUS (service, host, pid, started_at, last_heartbeat_at, last_success_at, last_error_at, last_error, status, counters)
        VALUES (@Service, @Host, @Pid, @StartedAt, @LastHeartbeatAt, @LastSuccessAt, @LastErrorAt, @LastError, @Status, @Counters)
        ON CONFLICT (service, host) DO UPDATE SET
            pid = excluded.pid, started_at = excluded.started_at, last_heartbeat_at = excluded.last_heartbeat_at,
            last_success_at = excluded.last_success_at, last_error_at = excluded.last_error_at, last_error = excluded.last_error,
            status = excluded.status, counters = excluded.counters
        """;

    private const string UpsertSqlServer = """
        UPDATE $(OPT).SCHWAB.SERVICE_STATUS WITH (UPDLOCK, SERIALIZABLE)
        SET pid = @Pid, started_at = @StartedAt, last_heartbeat_at = @LastHeartbeatAt, last_success_at = @LastSuccessAt,
            last_error_at = @LastErrorAt, last_error = @LastError, status = @Status, counters = @Counters
        WHERE service = @Service AND host = @Host;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.SERVICE_STATUS (service, host, pid, started_at, last_heartbeat_at, last_success_at, last_error_at, last_error, status, counters)
            VALUES (@Service, @Host, @Pid, @StartedAt, @LastHeartbeatAt, @LastSuccessAt, @LastErrorAt, @LastError, @Status, @Counters);
        """;

    private const string ListSqlite = """
        SELECT service AS Service, host AS Host, pid AS Pid, started_at AS StartedAt, last_heartbeat_at AS LastHeartbeatAt,
               last_success_at AS LastSuccessAt, last_error_at AS LastErrorAt, last_error AS LastError, status AS Status, counters AS Counters
        FROM SCHWAB_SERVICE_STATUS
        """;

    private const string ListSqlServer = """
        SELECT service AS Service, host AS Host, pid AS Pid, started_at AS StartedAt, last_heartbeat_at AS LastHeartbeatAt,
               last_success_at AS LastSuccessAt, last_error_at AS LastErrorAt, last_error AS LastError, status AS Status, counters AS Counters
        FROM $(OPT).SCHWAB.SERVICE_STATUS
        """;

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Writes the daemon's current heartbeat row.</summary>
    public async Task UpsertAsync(ServiceStatus status, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(_sqlServer ? names.Resolve(UpsertSqlServer) : UpsertSqlite, status, cancellationToken: cancellationToken));
    }

    /// <summary>Every daemon's row, ordered by service and host.</summary>
    public async Task<IReadOnlyList<ServiceStatus>> ListAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<ServiceStatus> rows = await connection.QueryAsync<ServiceStatus>(
            new CommandDefinition(_sqlServer ? names.Resolve(ListSqlServer) : ListSqlite, cancellationToken: cancellationToken));
        return [.. rows.OrderBy(r => r.Service, StringComparer.Ordinal).ThenBy(r => r.Host, StringComparer.Ordinal)];
    }
}
