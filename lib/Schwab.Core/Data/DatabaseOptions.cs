namespace Schwab.Core.Data;

/// <summary>Where and how the pipeline stores its data (configuration section <c>Database</c>).</summary>
/// <remarks>
/// Secrets (a SQL Server password in <see cref="ConnectionString"/>) belong in the environment file
/// (<c>Database__ConnectionString</c>), never in <c>schwab.json</c>. <c>TrustServerCertificate</c> is never
/// added by the pipeline: set it in the connection string only if you accept the risk.
/// </remarks>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Database";

    /// <summary>The database engine.</summary>
    /// <value>Default <see cref="DatabaseProvider.Sqlite"/>.</value>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The ADO.NET connection string for <see cref="Provider"/>.</summary>
    /// <value>No default: it must be set (a SQLite <c>Data Source=/var/lib/schwab/schwab.db</c>, or a SQL Server connection
    /// string in <c>schwab.env</c>), so nothing ever falls back to a database file nobody configured.</value>
    public string ConnectionString { get; set; } = "";

    /// <summary>SQL Server only: the database holding the <c>SCHWAB</c>, <c>HISTORIC</c> and <c>dbo</c> tables.</summary>
    /// <value>Default <c>OPT</c>; letters, digits and underscore only.</value>
    public string OptDatabase { get; set; } = "OPT";

    /// <summary>SQL Server only: the database holding <c>dbo.SPX_CHAIN</c>.</summary>
    /// <value>Default <c>CHAINS</c>; letters, digits and underscore only.</value>
    public string ChainsDatabase { get; set; } = "CHAINS";

    /// <summary>How long one command may run before it is abandoned.</summary>
    /// <value>Default 30 seconds; must be positive and at most one day.</value>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a lock held by another process (SQLite <c>busy_timeout</c>, SQL Server <c>sp_getapplock</c>).</summary>
    /// <value>Default 30 seconds; must be positive and at most one day.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
