using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Reports;

/// <summary>The report tests on SQLite.</summary>
public sealed class SqliteDailyReportBuilderTests : DailyReportBuilderTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}
