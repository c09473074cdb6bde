namespace Schwab.Core.Data;

/// <summary>One table of the default SQL Server layout and its SQLite name.</summary>
/// <param name="Database">The logical database: <c>OPT</c> or <c>CHAINS</c> (the configured names may differ).</param>
/// <param name="Schema">The SQL Server schema: <c>SCHWAB</c>, <c>HISTORIC</c> or <c>dbo</c>.</param>
/// <param name="Table">The table name, the same in both dialects apart from the schema prefix.</param>
internal sealed record TableName(string Database, string Schema, string Table)
{
    /// <summary>The SQLite name: <c>SCHEMA_TABLE</c>, or the bare table name for <c>dbo</c>.</summary>
    public string SqliteName => Schema == "dbo" ? Table : $"{Schema}_{Table}";

    /// <summary>The SQL Server name with the database placeholder, e.g. <c>$(OPT).SCHWAB.API</c>.</summary>
    public string SqlServerName =>
        $"{(Database == "CHAINS" ? SqlServerNames.ChainsPlaceholder : SqlServerNames.OptPlaceholder)}.{Schema}.{Table}";

    /// <inheritdoc/>
    public override string ToString() => $"{Database}.{Schema}.{Table}";
}
