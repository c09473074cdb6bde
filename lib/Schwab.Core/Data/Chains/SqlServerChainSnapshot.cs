using System.Data;
using Microsoft.Data.SqlClient;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Chains;

/// <summary>
/// Writes a snapshot into SQL Server: each batch is bulk-copied into a session temp table; before the commit one
/// set-based insert moves the rows whose key is not stored yet.
/// </summary>
internal sealed class SqlServerChainSnapshot : OptionChainSnapshot
{
    private readonly SqlConnection _connection;
    private readonly SqlTransaction _transaction;
    private readonly DateTimeOffset _collectedAt;
    private readonly string _frequency;
    private readonly string _moveSql;
    private readonly SqlBulkCopy _bulk;
    private readonly DataTable _rows = SqlServerChainRows.CreateTable();

    private SqlServerChainSnapshot(SqlConnection connection, SqlTransaction transaction, DateTimeOffset collectedAt, string frequency, string moveSql)
        : base(connection, transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _collectedAt = collectedAt;
        _frequency = frequency;
        _moveSql = moveSql;
        _bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.TableLock, transaction)
        {
            DestinationTableName = "#spx_chain_snapshot",
            EnableStreaming = true,
        };
        foreach (DataColumn column in _rows.Columns)
        {
            _bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }
    }

    public static async Task<SqlServerChainSnapshot> StartAsync(SqlConnection connection, SqlTransaction transaction,
        DateTimeOffset collectedAt, string frequency, string createStagingSql, string moveSql, CancellationToken cancellationToken)
    {
        await using (var create = new SqlCommand(createStagingSql, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SqlServerChainSnapshot(connection, transaction, collectedAt, frequency, moveSql);
    }

    public override async ValueTask WriteAsync(IReadOnlyList<OptionContract> contracts, CancellationToken cancellationToken)
    {
        _rows.Clear();
        foreach (OptionContract contract in contracts)
        {
            _rows.Rows.Add(SqlServerChainRows.Values(contract));
        }

        await _bulk.WriteToServerAsync(_rows, cancellationToken);
    }

    protected override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var move = new SqlCommand(_moveSql, _connection, _transaction);
        move.Parameters.Add(new SqlParameter("@CollectedAt", SqlDbType.DateTime2) { Scale = 7, Value = _collectedAt.UtcDateTime });
        move.Parameters.Add(new SqlParameter("@Frequency", SqlDbType.NVarChar, 8) { Value = _frequency });
        Inserted = await move.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override ValueTask DisposeCoreAsync()
    {
        ((IDisposable)_bulk).Dispose();
        _rows.Dispose();
        return ValueTask.CompletedTask;
    }
}
