using Dapper;
using Microsoft.Data.Sqlite;
using Schwab.Core.Data;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Migrations;

public sealed class SqliteMigratorTests
{
    // The documented SQLite naming (schema prefix, dbo tables bare).
    private static readonly string[] s_expectedTables =
    [
        "HISTORIC_DAY", "HISTORIC_MINUTE", "SCHWAB_ALERTS", "SCHWAB_API", "SCHWAB_BALANCES", "SCHWAB_EXECUTION_LEGS",
        "SCHWAB_HASH", "SCHWAB_JSON_TRANSACTIONS", "SCHWAB_LATEST_QUOTE", "SCHWAB_MARKET_HOURS", "SCHWAB_ORDERS",
        "SCHWAB_ORDER_ACTIVITIES", "SCHWAB_ORDER_LEGS", "SCHWAB_POSITIONS", "SCHWAB_SCHEMA_VERSION", "SCHWAB_SERVICE_STATUS",
        "SCHWAB_SPREADS", "SCHWAB_TRANSACTIONS", "SPX_CHAIN", "streaming_data",
    ];

    [Fact]
    public async Task MigrateAsync_FreshFile_CreatesEverySpecTable()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);

        var result = await db.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Null(result.PreviousVersion);
        Assert.Equal(1, result.CurrentVersion);
        Assert.Equal(["0001_initial.sqlite.sql"], result.Applied.Select(s => s.FileName));
        Assert.Equal(s_expectedTables, await TablesAsync(db));
        Assert.Equal(s_expectedTables, TableNames.All.Select(t => t.SqliteName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothingAndChangesNothing()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);
        var migrator = db.CreateMigrator();
        await migrator.MigrateAsync(CancellationToken.None);
        string schemaBefore = await SchemaTextAsync(db);
        var rowsBefore = await VersionRowsAsync(db);

        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Empty(second.Applied);
        Assert.Equal(1, second.PreviousVersion);
        Assert.Equal(1, second.CurrentVersion);
        Assert.Equal(schemaBefore, await SchemaTextAsync(db));
        Assert.Equal(rowsBefore, await VersionRowsAsync(db));
        Assert.Single(rowsBefore);
    }

    [Fact]
    public async Task MigrateAsync_RecordsVersionNameAndUtcAppliedAt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 9, 14, 30, 0, TimeSpan.Zero));
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);

        await db.CreateMigrator(time).MigrateAsync(CancellationToken.None);

        var row = Assert.Single(await VersionRowsAsync(db));
        Assert.Equal((1L, "0001_initial.sqlite.sql", "2026-03-09T14:30:00.0000000Z"), row);
    }

    [Fact]
    public async Task GetVersionAsync_EmptyDatabase_ReturnsNull()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);

        Assert.Null(await db.CreateMigrator().GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task EnsureCurrentAsync_EmptyDatabase_ThrowsOneLineMigrateHint()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);

        var ex = await Assert.ThrowsAsync<SchemaVersionException>(() => db.CreateMigrator().EnsureCurrentAsync(CancellationToken.None));

        Assert.Equal("database schema is at version 0, this build needs 1: run 'schwabctl db migrate'", ex.Message);
        Assert.Equal((0, 1), (ex.Found, ex.Required));
    }

    [Fact]
    public async Task EnsureCurrentAsync_NewerDatabase_ThrowsOneLineUpgradeHint()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await using (var connection = new SqliteConnection(db.Options.ConnectionString))
        {
            await connection.ExecuteAsync(
                "INSERT INTO SCHWAB_SCHEMA_VERSION (version, name, applied_at) VALUES (7, '0007_future.sqlite.sql', '2027-01-01T00:00:00.0000000Z')");
        }

        var migrator = db.CreateMigrator();
        var ex = await Assert.ThrowsAsync<SchemaVersionException>(() => migrator.EnsureCurrentAsync(CancellationToken.None));
        await Assert.ThrowsAsync<SchemaVersionException>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.StartsWith("database schema is at version 7, newer than this build's 1", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task EnsureCurrentAsync_MigratedDatabase_Passes()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();

        await db.CreateMigrator().EnsureCurrentAsync(CancellationToken.None);

        Assert.Equal(1, await db.CreateMigrator().GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MigrateAsync_TwoMigratorsAtOnce_ApplyTheScriptOnce()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);
        var first = db.CreateMigrator();
        var second = new Schwab.Core.Data.Migrations.Migrator(
            db.NewConnectionFactory(), db.Names, db.WrappedOptions, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Schwab.Core.Data.Migrations.Migrator>.Instance);

        var results = await Task.WhenAll(
            Task.Run(() => first.MigrateAsync(CancellationToken.None)),
            Task.Run(() => second.MigrateAsync(CancellationToken.None)));

        Assert.Equal(1, results.Sum(r => r.Applied.Count));
        Assert.Single(await VersionRowsAsync(db));
    }

    internal static async Task<string[]> TablesAsync(SqliteTestDatabase db)
    {
        await using var connection = new SqliteConnection(db.Options.ConnectionString);
        var names = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        return [.. names.Order(StringComparer.Ordinal)];
    }

    private static async Task<string> SchemaTextAsync(SqliteTestDatabase db)
    {
        await using var connection = new SqliteConnection(db.Options.ConnectionString);
        var sql = await connection.QueryAsync<string>("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
        return string.Join('\n', sql);
    }

    private static async Task<List<(long, string, string)>> VersionRowsAsync(SqliteTestDatabase db)
    {
        await using var connection = new SqliteConnection(db.Options.ConnectionString);
        var rows = await connection.QueryAsync<(long, string, string)>("SELECT version, name, applied_at FROM SCHWAB_SCHEMA_VERSION ORDER BY version");
        return [.. rows];
    }
}
