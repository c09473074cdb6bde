using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Migrations;

public sealed class MigrationScriptsTests
{
    [Fact]
    public void For_BothDialects_HaveTheSameNumberedScripts()
    {
        var sqlite = MigrationScripts.For(DatabaseProvider.Sqlite).Select(s => (s.Version, s.Name));
        var sqlServer = MigrationScripts.For(DatabaseProvider.SqlServer).Select(s => (s.Version, s.Name));

        Assert.Equal(sqlite, sqlServer);
        Assert.Equal((1, "initial"), sqlite.First());
    }

    [Fact]
    public void SqlServerScripts_CreateDatabaseOnlyOutsideTheTransaction()
    {
        foreach (MigrationScript script in MigrationScripts.For(DatabaseProvider.SqlServer))
        {
            foreach (SqlBatch batch in MigrationScripts.SplitBatches(script.Text))
            {
                bool createsDatabase = batch.Text.Contains("CREATE DATABASE", StringComparison.OrdinalIgnoreCase);
                Assert.True(createsDatabase == batch.OutsideTransaction, $"{script.FileName}: {batch.Text}");
                Assert.True(!batch.OutsideTransaction || batch.Text.Contains("IF DB_ID(", StringComparison.Ordinal), "outside batches must be idempotent");
            }
        }
    }

    [Fact]
    public async Task MigrateAsync_LogsAppliedThenUpToDate()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);
        var logger = new FakeLogger<Migrator>();
        var migrator = db.CreateMigrator(logger: logger);

        await migrator.MigrateAsync(CancellationToken.None);
        await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal([1110, 1111], logger.Collector.GetSnapshot().Select(r => r.Id.Id));
        Assert.Equal("Applied migration 1 initial to the Sqlite database", logger.Collector.GetSnapshot()[0].Message);
        Assert.Equal(LogLevel.Information, logger.LatestRecord.Level);
    }

    [Fact]
    public void Register_CalledAgain_IsHarmless()
    {
        DapperTypeHandlers.Register();
        DapperTypeHandlers.Register();

        Assert.True(Dapper.SqlMapper.HasTypeHandler(typeof(DateTimeOffset)));
        Assert.True(Dapper.SqlMapper.HasTypeHandler(typeof(DateOnly)));
        Assert.True(Dapper.SqlMapper.HasTypeHandler(typeof(decimal)));
    }
}
