using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Reports;

/// <summary>The prune tests on SQLite.</summary>
public sealed class SqliteDataPrunerTests : DataPrunerTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}
