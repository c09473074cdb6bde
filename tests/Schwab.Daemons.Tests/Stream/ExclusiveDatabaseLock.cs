using Microsoft.Data.Sqlite;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>
/// Makes the SQLite database unavailable for real: another connection holds an exclusive transaction, so every write
/// of the daemon waits its busy timeout and fails, as while another process holds the database.
/// </summary>
internal sealed class ExclusiveDatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    public ExclusiveDatabaseLock(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        _connection.Open();
        Execute("BEGIN EXCLUSIVE");
    }

    public void Dispose()
    {
        Execute("ROLLBACK");
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
