using System.Data.Common;

namespace Schwab.Core.Data;

/// <summary>
/// Another process held a pipeline lock (SQL Server <c>sp_getapplock</c>) for longer than
/// <see cref="DatabaseOptions.BusyTimeout"/>. A <see cref="DbException"/>, so workers treat it as transient, like
/// SQLite's own "database is locked" (<c>SQLITE_BUSY</c>) <see cref="Microsoft.Data.Sqlite.SqliteException"/>.
/// </summary>
internal sealed class DatabaseLockTimeoutException(string message) : DbException(message);
