using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Schwab.Core.Tests.Data.SqlServer;

/// <summary>Finds every table and column a query names and reports those a schema does not have.</summary>
internal static class QueryReferences
{
    private static readonly HashSet<string> s_datePartFunctions =
        new(StringComparer.OrdinalIgnoreCase) { "DATEADD", "DATEDIFF", "DATEDIFF_BIG", "DATEPART", "DATENAME", "DATETRUNC" };

    /// <summary>
    /// Problems with <paramref name="sql"/> against <paramref name="schema"/>; a table without database or schema
    /// resolves to <paramref name="defaultDatabase"/>.dbo (the guide's <c>FROM streaming_data</c> runs connected to OPT).
    /// </summary>
    public static List<string> Check(string sql, SqlServerSchema schema, string defaultDatabase = "OPT")
    {
        TSqlFragment tree = TSql.ParseOrFail(sql, "query");
        var visitor = new Visitor();
        tree.Accept(visitor);
        List<string> problems = [];
        List<SqlServerSchema.Table> tables = [];
        foreach (SchemaObjectName name in visitor.Tables)
        {
            string key = SqlServerSchema.Key(
                name.DatabaseIdentifier?.Value ?? defaultDatabase, name.SchemaIdentifier?.Value ?? "dbo", name.BaseIdentifier.Value);
            if (schema.Tables.TryGetValue(key, out SqlServerSchema.Table? table))
            {
                tables.Add(table);
            }
            else
            {
                problems.Add($"table {key} is not created by the migration");
            }
        }

        if (visitor.Tables.Count == 0)
        {
            problems.Add("query names no table");
        }

        foreach (string column in visitor.Columns)
        {
            if (!tables.Any(t => t.Columns.Contains(column, StringComparer.OrdinalIgnoreCase)))
            {
                problems.Add($"column {column} is in none of {string.Join(", ", tables.Select(t => t.Name))}");
            }
        }

        return problems;
    }

    private sealed class Visitor : TSqlFragmentVisitor
    {
        private readonly HashSet<TSqlFragment> _dateParts = [];

        public List<SchemaObjectName> Tables { get; } = [];

        public List<string> Columns { get; } = [];

        public override void Visit(NamedTableReference node) => Tables.Add(node.SchemaObject);

        // DATEADD(hour, ...) parses its date part as a column reference; it is not one.
        public override void Visit(FunctionCall node)
        {
            if (s_datePartFunctions.Contains(node.FunctionName.Value) && node.Parameters.Count > 0)
            {
                _dateParts.Add(node.Parameters[0]);
            }
        }

        public override void Visit(ColumnReferenceExpression node)
        {
            if (node.ColumnType == ColumnType.Regular && !_dateParts.Contains(node))
            {
                Columns.Add(node.MultiPartIdentifier.Identifiers[^1].Value);
            }
        }
    }
}
