using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Reports;

/// <summary>The prune tests on a live SQL Server; skipped unless <c>SCHWAB_TEST_SQLSERVER</c> holds a connection string.</summary>
public sealed class SqlServerDataPrunerTests : DataPrunerTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync()
    {
        Skip.If(SqlServerTestDatabase.ConnectionString is null, SqlServerTestDatabase.SkipReason);
        return await SqlServerTestDatabase.CreateAsync();
    }
}
