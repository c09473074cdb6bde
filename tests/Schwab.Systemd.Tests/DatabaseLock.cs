using Microsoft.Data.Sqlite;
using Schwab.Testing.Streaming;

namespace Schwab.Systemd.Tests;

/// <summary>
/// Makes a SQLite file unavailable to writers the way a stuck process does: this process holds its write lock
/// (<c>BEGIN EXCLUSIVE</c>) until disposed, while reading through the same connection stays possible.
/// </summary>
internal sealed class DatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    public DatabaseLock(string databasePath)
    {
        _connection = StoredStreamRows.Open(databasePath);
        using SqliteCommand begin = _connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        begin.ExecuteNonQuery();
    }

    /// <summary>The (symbol, sequence) of every <c>streaming_data</c> row; nothing can be committed while the lock is held.</summary>
    public HashSet<(string Symbol, long Sequence)> StoredKeys() => [.. StoredStreamRows.Read(_connection).Select(r => (r.Symbol, r.Sequence))];

    /// <summary>Releases the lock (the transaction wrote nothing; it rolls back).</summary>
    public void Dispose() => _connection.Dispose();
}
