using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;

namespace Schwab.Core.Hosting.Checks;

/// <summary>The database answers and its schema is the version this build needs. Never prints the connection string (it may hold a password).</summary>
internal sealed class DatabaseCheck(IServiceProvider services) : IPrerequisiteCheck
{
    public async Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        DatabaseOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            return [CheckResult.Failed("database", "not checked: the Database settings are invalid (see configuration)")];
        }

        string where = Describe(options);
        IDbConnectionFactory connections = services.GetRequiredService<IDbConnectionFactory>();
        if (connections is SqliteConnectionFactory sqlite && !File.Exists(sqlite.FilePath))
        {
            return [CheckResult.Failed("database", $"{where} does not exist yet: run 'schwabctl db migrate'")];
        }

        try
        {
            await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            return [CheckResult.Failed("database", $"{where} is not reachable: {ex.Message.ReplaceLineEndings(" ")}")];
        }

        Migrator migrator = services.GetRequiredService<Migrator>();
        int version = await migrator.GetVersionAsync(cancellationToken) ?? 0;
        CheckResult schema = version == migrator.LatestVersion
            ? CheckResult.Ok("schema", $"version {version} (current)")
            : CheckResult.Failed("schema", new SchemaVersionException(version, migrator.LatestVersion).Message);
        return [CheckResult.Ok("database", $"{where} is reachable"), schema];
    }

    internal static string Describe(DatabaseOptions options)
    {
        try
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString);
                return $"SQLite file {Path.GetFullPath(sqlite.DataSource)}";
            }

            var server = new SqlConnectionStringBuilder(options.ConnectionString);
            return $"SQL Server {server.DataSource}";
        }
        catch (ArgumentException)
        {
            return $"{options.Provider} database";
        }
    }
}
