namespace Schwab.Core.Data;

/// <summary>The database engine the pipeline stores its data in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (the default; no server needed).</summary>
    Sqlite,

    /// <summary>Microsoft SQL Server (production), databases <c>OPT</c> and <c>CHAINS</c> by default.</summary>
    SqlServer,
}
