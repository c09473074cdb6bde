using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Schwab.Core.Data.Migrations;

/// <summary>The per-dialect halves of <see cref="Migrator"/>.</summary>
internal sealed partial class Migrator
{
    private const string TableExistsSqlite = """
        SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'SCHWAB_SCHEMA_VERSION'
        """;

    private const string TableExistsSqlServer = """
        SELECT CASE
            WHEN DB_ID(PARSENAME(N'$(OPT)', 1)) IS NULL THEN 0
            WHEN OBJECT_ID(N'$(OPT).SCHWAB.SCHEMA_VERSION', N'U') IS NULL THEN 0
            ELSE 1
        END
        """;

    private const string MaxVersionSqlite = """
        SELECT MAX(version) FROM SCHWAB_SCHEMA_VERSION
        """;

    private const string MaxVersionSqlServer = """
        SELECT MAX(version) FROM $(OPT).SCHWAB.SCHEMA_VERSION
        """;

    private const string RecordVersionSqlite = """
        INSERT INTO SCHWAB_SCHEMA_VERSION (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)
        """;

    private const string RecordVersionSqlServer = """
        INSERT INTO $(OPT).SCHWAB.SCHEMA_VERSION (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)
        """;

    // Serialises migrators across processes; released with the transaction.
    private const string MigrationLockSqlServer = """
        DECLARE @result int;
        EXEC @result = $(OPT).sys.sp_getapplock
            @Resource = N'schwab-migrate', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = @TimeoutMs;
        SELECT @result;
        """;

    private async Task<int?> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        bool sqlServer = connections.Provider == DatabaseProvider.SqlServer;
        long exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            sqlServer ? names.Resolve(TableExistsSqlServer) : TableExistsSqlite, transaction: transaction, cancellationToken: cancellationToken));
        if (exists == 0)
        {
            return null;
        }

        long? version = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            sqlServer ? names.Resolve(MaxVersionSqlServer) : MaxVersionSqlite, transaction: transaction, cancellationToken: cancellationToken));
        return (int)(version ?? 0);
    }

    private async Task<bool> ApplySqliteAsync(SqliteConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: take the write lock now, so the version re-check below cannot go stale.
        await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        if (await ReadVersionAsync(connection, transaction, cancellationToken) >= script.Version)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(script.Text, transaction: transaction, cancellationToken: cancellationToken));
        await RecordAsync(connection, transaction, RecordVersionSqlite, script, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> ApplySqlServerAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        IReadOnlyList<SqlBatch> batches = MigrationScripts.SplitBatches(names.Resolve(script.Text));
        foreach (SqlBatch batch in batches.Where(b => b.OutsideTransaction))
        {
            await connection.ExecuteAsync(new CommandDefinition(batch.Text, cancellationToken: cancellationToken));
        }

        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        int lockResult = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            names.Resolve(MigrationLockSqlServer), new { TimeoutMs = _lockTimeoutMs }, transaction, cancellationToken: cancellationToken));
        if (lockResult < 0)
        {
            throw new DatabaseLockTimeoutException($"another migrator held the migration lock for longer than {options.Value.BusyTimeout}");
        }

        if (await ReadVersionAsync(connection, transaction, cancellationToken) >= script.Version)
        {
            return false;
        }

        foreach (SqlBatch batch in batches.Where(b => !b.OutsideTransaction))
        {
            await connection.ExecuteAsync(new CommandDefinition(batch.Text, transaction: transaction, cancellationToken: cancellationToken));
        }

        await RecordAsync(connection, transaction, names.Resolve(RecordVersionSqlServer), script, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private Task<int> RecordAsync(DbConnection connection, DbTransaction transaction, string sql, MigrationScript script, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { script.Version, Name = script.FileName, AppliedAt = time.GetUtcNow() },
            transaction,
            cancellationToken: cancellationToken));
}
