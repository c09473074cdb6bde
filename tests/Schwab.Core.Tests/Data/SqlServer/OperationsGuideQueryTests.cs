namespace Schwab.Core.Tests.Data.SqlServer;

/// <summary>The operations guide's SQL must run unchanged on the default SQL Server layout.</summary>
public sealed class OperationsGuideQueryTests
{
    // The guide's queries, with SYSUTCDATETIME() where it says GETDATE() (instants are stored in UTC).
    public static readonly TheoryData<string> GuideQueries = new()
    {
        "SELECT TOP 10 * FROM streaming_data ORDER BY timestamp DESC",
        "SELECT TOP 10 * FROM OPT.dbo.streaming_data ORDER BY timestamp DESC",
        """
        SELECT collection_frequency, COUNT(*) AS records, MAX(collected_at) AS last_collection
        FROM CHAINS.dbo.SPX_CHAIN
        WHERE collected_at >= DATEADD(hour, -1, SYSUTCDATETIME())
        GROUP BY collection_frequency
        """,
        """
        SELECT COUNT(*) AS total_transactions, MAX(created_at) AS last_transaction
        FROM OPT.SCHWAB.JSON_TRANSACTIONS
        WHERE created_at >= DATEADD(hour, -1, SYSUTCDATETIME())
        """,
        """
        SELECT api_name, expires_at, DATEDIFF(minute, SYSUTCDATETIME(), expires_at) AS minutes_remaining
        FROM OPT.SCHWAB.API
        """,
        "SELECT * FROM OPT.SCHWAB.API",
        "DELETE FROM OPT.SCHWAB.API WHERE api_name = 'MAIN_DATA'",
        """
        SELECT MAX(collected_at) AS last_collection
        FROM CHAINS.dbo.SPX_CHAIN
        WHERE collected_at >= DATEADD(minute, -10, SYSUTCDATETIME())
        """,
    };

    [Theory]
    [MemberData(nameof(GuideQueries))]
    public void GuideQuery_NamesOnlyTablesAndColumnsTheMigrationCreates(string query)
    {
        SqlServerSchema schema = SqlServerSchema.FromMigrations();

        Assert.Empty(QueryReferences.Check(query, schema));
    }

    [Fact]
    public void Check_ColumnRenamedInMigration_ReportsTheColumn()
    {
        string script = string.Join("\nGO\n", Schwab.Core.Data.Migrations.MigrationScripts
            .For(Schwab.Core.Data.DatabaseProvider.SqlServer).Select(s => s.Text));
        var renamed = SqlServerSchema.FromScript(script.Replace("collected_at ", "collected_time ", StringComparison.Ordinal));

        var problems = QueryReferences.Check(
            "SELECT collection_frequency, MAX(collected_at) FROM CHAINS.dbo.SPX_CHAIN GROUP BY collection_frequency", renamed);

        Assert.Equal(["column collected_at is in none of SPX_CHAIN"], problems);
    }

    [Fact]
    public void Check_UnknownTable_ReportsTheTable()
    {
        var problems = QueryReferences.Check("SELECT api_name FROM OPT.SCHWAB.TOKENS", SqlServerSchema.FromMigrations());

        Assert.Contains("table OPT.SCHWAB.TOKENS is not created by the migration", problems);
    }

    [Fact]
    public void FromMigrations_CreatesTheGuideTablesInTheDefaultLayout()
    {
        SqlServerSchema schema = SqlServerSchema.FromMigrations();

        Assert.Equal(20, schema.Tables.Count);
        Assert.Equal(["api_name"], schema.Tables["OPT.SCHWAB.API"].PrimaryKey);
        Assert.Equal(["collected_at", "collection_frequency", "symbol"], schema.Tables["CHAINS.dbo.SPX_CHAIN"].PrimaryKey);
        Assert.Equal(["timestamp", "symbol", "sequence"], schema.Tables["OPT.dbo.streaming_data"].PrimaryKey);
    }
}
