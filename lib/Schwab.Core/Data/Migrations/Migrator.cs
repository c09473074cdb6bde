using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Data.Migrations;

/// <summary>Applies the embedded migration scripts and answers which schema version a database is at.</summary>
/// <remarks>
/// Used by <c>schwabctl db migrate</c> and the demo; daemons only call <see cref="EnsureCurrentAsync"/>.
/// Each script runs in its own transaction under a lock (SQLite <c>BEGIN IMMEDIATE</c>, SQL Server <c>sp_getapplock</c>),
/// re-checks the version after taking it, and records version, name and applied_at in <c>SCHEMA_VERSION</c>,
/// so two concurrent migrators apply each script once. SQL Server batches marked outside-transaction
/// (CREATE DATABASE) run first and are idempotent.
/// </remarks>
internal sealed partial class Migrator(
    IDbConnectionFactory connections,
    SqlServerNames names,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<Migrator> logger)
{
    private readonly IReadOnlyList<MigrationScript> _scripts = MigrationScripts.For(connections.Provider);
    private readonly int _lockTimeoutMs = (int)Math.Min(int.MaxValue, options.Value.BusyTimeout.TotalMilliseconds);

    /// <summary>The version the newest embedded script brings the schema to.</summary>
    public int LatestVersion => _scripts[^1].Version;

    /// <summary>The version recorded in the database, null when it has no schema at all.</summary>
    public async Task<int?> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        return await ReadVersionAsync(connection, null, cancellationToken);
    }

    /// <summary>Throws <see cref="SchemaVersionException"/> unless the database is exactly at <see cref="LatestVersion"/>.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        int found = await GetVersionAsync(cancellationToken) ?? 0;
        if (found != LatestVersion)
        {
            throw new SchemaVersionException(found, LatestVersion);
        }
    }

    /// <summary>Applies every pending script in order; a second call applies nothing and changes nothing.</summary>
    /// <exception cref="SchemaVersionException">The database is newer than this build.</exception>
    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        int? before = await ReadVersionAsync(connection, null, cancellationToken);
        if (before > LatestVersion)
        {
            throw new SchemaVersionException(before.Value, LatestVersion);
        }

        List<MigrationScript> applied = [];
        foreach (MigrationScript script in _scripts.Where(s => s.Version > (before ?? 0)))
        {
            bool done = connections.Provider == DatabaseProvider.SqlServer
                ? await ApplySqlServerAsync(connection, script, cancellationToken)
                : await ApplySqliteAsync((SqliteConnection)connection, script, cancellationToken);
            if (done)
            {
                applied.Add(script);
                Log.MigrationApplied(logger, script.Version, script.Name, connections.Provider);
            }
            else
            {
                Log.MigrationSkippedAppliedElsewhere(logger, script.Version);
            }
        }

        int after = await ReadVersionAsync(connection, null, cancellationToken) ?? 0;
        if (applied.Count == 0)
        {
            Log.SchemaUpToDate(logger, after);
        }

        return new MigrationResult(before, after, applied);
    }
}
