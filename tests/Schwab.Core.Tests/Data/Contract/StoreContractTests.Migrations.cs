using Dapper;
using Schwab.Core.Data;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing()
    {
        await using TestDatabase db = await CreateDatabaseAsync(migrate: false);
        var migrator = db.CreateMigrator();

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal((null, 1, 1), (first.PreviousVersion, first.CurrentVersion, first.Applied.Count));
        Assert.Equal((1, 1, 0), (second.PreviousVersion, second.CurrentVersion, second.Applied.Count));
        Assert.Equal(1, await CountVersionRowsAsync(db));
    }

    [SkippableFact]
    public async Task EnsureCurrentAsync_BeforeAndAfterMigrate_RefusesThenPasses()
    {
        await using TestDatabase db = await CreateDatabaseAsync(migrate: false);
        var migrator = db.CreateMigrator();

        var ex = await Assert.ThrowsAsync<SchemaVersionException>(() => migrator.EnsureCurrentAsync(CancellationToken.None));
        await migrator.MigrateAsync(CancellationToken.None);
        await migrator.EnsureCurrentAsync(CancellationToken.None);

        Assert.Equal("database schema is at version 0, this build needs 1: run 'schwabctl db migrate'", ex.Message);
        Assert.Equal(migrator.LatestVersion, await migrator.GetVersionAsync(CancellationToken.None));
    }

    private static async Task<long> CountVersionRowsAsync(TestDatabase db)
    {
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            db.Sql("SELECT COUNT(*) FROM SCHWAB_SCHEMA_VERSION", "SELECT COUNT(*) FROM $(OPT).SCHWAB.SCHEMA_VERSION")));
    }
}
