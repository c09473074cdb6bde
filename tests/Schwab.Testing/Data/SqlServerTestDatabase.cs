using Dapper;
using Microsoft.Data.SqlClient;
using Schwab.Core.Data;

namespace Schwab.Testing.Data;

/// <summary>
/// Fresh, uniquely named OPT/CHAINS databases on the SQL Server named by <c>SCHWAB_TEST_SQLSERVER</c> (a connection
/// string), dropped on dispose. Tests skip when the variable is not set.
/// </summary>
public sealed class SqlServerTestDatabase : TestDatabase
{
    /// <summary>The environment variable holding the test server's connection string.</summary>
    public const string EnvironmentVariable = "SCHWAB_TEST_SQLSERVER";

    /// <summary>The skip reason when no server is configured.</summary>
    public const string SkipReason = $"SQL Server tests need {EnvironmentVariable} (a connection string); not set";

    private SqlServerTestDatabase(DatabaseOptions options)
        : base(options)
    {
    }

    /// <summary>The configured connection string, or null when SQL Server tests must skip.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates the database pair and, unless <paramref name="migrate"/> is false, applies the real migrations.</summary>
    public static async Task<SqlServerTestDatabase> CreateAsync(bool migrate = true)
    {
        string suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = ConnectionString ?? throw new InvalidOperationException(SkipReason),
            OptDatabase = $"OPT_t{suffix}",
            ChainsDatabase = $"CHAINS_t{suffix}",
        };
        var database = new SqlServerTestDatabase(options);
        if (migrate)
        {
            await database.CreateMigrator().MigrateAsync(CancellationToken.None);
        }

        return database;
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        SqlConnection.ClearAllPools();
        await using var connection = new SqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        foreach (string name in new[] { Options.OptDatabase, Options.ChainsDatabase })
        {
            // Test-only cleanup of names this class generated; never used by the product.
            string quoted = $"[{name}]";
            await connection.ExecuteAsync(new CommandDefinition(
                $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE {quoted} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {quoted}; END"));
        }
    }
}
