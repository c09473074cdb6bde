using Microsoft.Data.Sqlite;
using Schwab.Core.Data;

namespace Schwab.Testing.Data;

/// <summary>A SQLite file in a fresh temp directory (the directory itself is created by the factory), deleted on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase(string root, DatabaseOptions options)
        : base(options)
    {
        Root = root;
    }

    /// <summary>The temp directory holding the file.</summary>
    public string Root { get; }

    /// <summary>The database file path.</summary>
    public string FilePath => Path.Combine(Root, "db", "schwab.db");

    /// <summary>Creates the database and, unless <paramref name="migrate"/> is false, applies the real migration scripts.</summary>
    public static async Task<SqliteTestDatabase> CreateAsync(bool migrate = true)
    {
        string root = Path.Combine(Path.GetTempPath(), "schwab-tests", Guid.NewGuid().ToString("N"));
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(root, "db", "schwab.db")}",
            BusyTimeout = TimeSpan.FromSeconds(30),
        };
        var database = new SqliteTestDatabase(root, options);
        if (migrate)
        {
            await database.CreateMigrator().MigrateAsync(CancellationToken.None);
        }

        return database;
    }

    /// <inheritdoc/>
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
