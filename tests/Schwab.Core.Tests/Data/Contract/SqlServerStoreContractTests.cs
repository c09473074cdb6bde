using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

/// <summary>The store contract on a live SQL Server; skipped unless <c>SCHWAB_TEST_SQLSERVER</c> holds a connection string.</summary>
public sealed class SqlServerStoreContractTests : StoreContractTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrate = true)
    {
        Skip.If(SqlServerTestDatabase.ConnectionString is null, SqlServerTestDatabase.SkipReason);
        return await SqlServerTestDatabase.CreateAsync(migrate);
    }
}
