using Microsoft.Extensions.Options;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Db;

/// <summary>Commands that read or delete data first check that the database exists and is at this build's schema version.</summary>
internal static class SchemaGuard
{
    /// <summary>One line naming what is wrong, or null when the database is ready.</summary>
    public static async Task<string?> ProblemAsync(CliServices services, CancellationToken cancellationToken)
    {
        string where = DatabaseCheck.Describe(services.Get<IOptions<DatabaseOptions>>().Value);
        if (FileMissing(services))
        {
            return $"{where} does not exist: run 'schwabctl db migrate'";
        }

        Migrator migrator = services.Get<Migrator>();
        int? version = await migrator.GetVersionAsync(cancellationToken);
        return version == migrator.LatestVersion
            ? null
            : $"{where} is at schema {(version is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}, this build needs {migrator.LatestVersion}: run 'schwabctl db migrate'";
    }

    /// <summary>Whether the database is a SQLite file that does not exist yet (reading its version would create it).</summary>
    public static bool FileMissing(CliServices services) =>
        services.Get<IDbConnectionFactory>() is SqliteConnectionFactory sqlite && !File.Exists(sqlite.FilePath);
}
