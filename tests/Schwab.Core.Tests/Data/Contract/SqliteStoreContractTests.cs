using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrate = true) =>
        await SqliteTestDatabase.CreateAsync(migrate);
}
