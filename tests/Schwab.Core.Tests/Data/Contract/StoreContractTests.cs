using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

/// <summary>
/// Store behaviour that must hold on both providers. The same test code runs against a SQLite file
/// (<see cref="SqliteStoreContractTests"/>) and, when <c>SCHWAB_TEST_SQLSERVER</c> is set, SQL Server
/// (<see cref="SqlServerStoreContractTests"/>). Split by concern across partial files.
/// </summary>
public abstract partial class StoreContractTests
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 9, 13, 0, 0, TimeSpan.Zero);

    /// <summary>Creates a fresh database for one test (skipping the test when the provider is unavailable).</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync(bool migrate = true);
}
