using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Data;

/// <summary>Opens connections to the SQLite file named by <see cref="DatabaseOptions.ConnectionString"/>.</summary>
/// <remarks>
/// Creates the file's directory when it is missing. Every connection runs in WAL mode (readers never block the
/// writer), with <c>foreign_keys</c> on and SQLite's <c>busy_timeout</c> set from <see cref="DatabaseOptions.BusyTimeout"/>,
/// so a writer waits for another process's transaction instead of failing with "database is locked".
/// Microsoft.Data.Sqlite also retries a busy statement until <see cref="DatabaseOptions.CommandTimeout"/>, so the
/// longest wait for a lock is the larger of the two timeouts.
/// </remarks>
internal sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private const string SessionSettingsSqlite = """
        PRAGMA journal_mode = WAL;
        """;

    private readonly string _connectionString;
    private readonly string _directory;
    private readonly int _busyTimeoutMs;
    private readonly ILogger<SqliteConnectionFactory> _logger;
    private int _directoryChecked;

    public SqliteConnectionFactory(IOptions<DatabaseOptions> options, ILogger<SqliteConnectionFactory> logger)
    {
        DatabaseOptions value = options.Value;
        var builder = new SqliteConnectionStringBuilder(value.ConnectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(value.CommandTimeout.TotalSeconds),
        };
        _connectionString = builder.ToString();
        FilePath = Path.GetFullPath(builder.DataSource);
        _directory = Path.GetDirectoryName(FilePath) ?? ".";
        _busyTimeoutMs = (int)Math.Min(int.MaxValue, value.BusyTimeout.TotalMilliseconds);
        _logger = logger;
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureDirectory();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Set through the C API: PRAGMA takes no parameters, and this keeps SQL text constant.
            SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, _busyTimeoutMs);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = SessionSettingsSqlite;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void EnsureDirectory()
    {
        if (Volatile.Read(ref _directoryChecked) == 1)
        {
            return;
        }

        if (!Directory.Exists(_directory))
        {
            Directory.CreateDirectory(_directory);
            Log.SqliteDirectoryCreated(_logger, _directory);
        }

        Volatile.Write(ref _directoryChecked, 1);
    }
}
