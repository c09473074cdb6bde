using Microsoft.SqlServer.TransactSql.ScriptDom;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;

namespace Schwab.Core.Tests.Data.SqlServer;

/// <summary>The tables and columns a SQL Server migration creates, read with ScriptDom (databases as OPT and CHAINS).</summary>
internal sealed class SqlServerSchema
{
    private readonly Dictionary<string, Table> _tables = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, Table> Tables => _tables;

    /// <summary>The schema the real embedded SQL Server scripts create.</summary>
    public static SqlServerSchema FromMigrations() =>
        FromScript(string.Join("\nGO\n", MigrationScripts.For(DatabaseProvider.SqlServer).Select(s => s.Text)));

    /// <summary>The schema a script text (with placeholders) creates.</summary>
    public static SqlServerSchema FromScript(string script)
    {
        var schema = new SqlServerSchema();
        var names = new SqlServerNames("OPT", "CHAINS");
        foreach (SqlBatch batch in MigrationScripts.SplitBatches(names.Resolve(script)))
        {
            TSqlFragment tree = TSql.ParseOrFail(batch.Text, "migration batch");
            tree.Accept(new CreateTableVisitor(schema._tables));
        }

        return schema;
    }

    public static string Key(string database, string schema, string table) => $"{database}.{schema}.{table}";

    internal sealed record Table(string Database, string Schema, string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> PrimaryKey);

    private sealed class CreateTableVisitor(Dictionary<string, Table> tables) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node)
        {
            SchemaObjectName name = node.SchemaObjectName;
            string[] columns = [.. node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value)];
            string[] key = [.. node.Definition.TableConstraints.OfType<UniqueConstraintDefinition>()
                .Where(c => c.IsPrimaryKey).SelectMany(c => c.Columns).Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value)];
            var table = new Table(name.DatabaseIdentifier?.Value ?? "", name.SchemaIdentifier?.Value ?? "dbo", name.BaseIdentifier.Value, columns, key);
            tables.Add(Key(table.Database, table.Schema, table.Name), table);
        }
    }
}
