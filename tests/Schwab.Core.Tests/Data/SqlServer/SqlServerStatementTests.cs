using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;

namespace Schwab.Core.Tests.Data.SqlServer;

public sealed class SqlServerStatementTests
{
    private static readonly SqlServerNames s_names = new("OPT", "CHAINS");

    public static TheoryData<string, string> MigrationBatches()
    {
        var data = new TheoryData<string, string>();
        foreach (MigrationScript script in MigrationScripts.For(DatabaseProvider.SqlServer))
        {
            IReadOnlyList<SqlBatch> batches = MigrationScripts.SplitBatches(script.Text);
            for (int i = 0; i < batches.Count; i++)
            {
                foreach (string parser in TSql.ParserNames)
                {
                    data.Add($"{script.FileName} batch {i + 1}", parser);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        foreach (SqlConstants.Constant constant in SqlConstants.SqlServer)
        {
            foreach (string parser in TSql.ParserNames)
            {
                data.Add(constant.ToString(), parser);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MigrationBatches))]
    public void MigrationBatch_ParsesWithoutErrors(string batch, string parser)
    {
        string[] parts = batch.Split(" batch ");
        MigrationScript script = MigrationScripts.For(DatabaseProvider.SqlServer).Single(s => s.FileName == parts[0]);
        SqlBatch text = MigrationScripts.SplitBatches(s_names.Resolve(script.Text))[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) - 1];

        TSql.ParseOrFail(text.Text, batch, parser);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void StatementConstant_ParsesWithoutErrors(string constant, string parser)
    {
        string sql = s_names.Resolve(SqlConstants.Get(constant).Text);

        TSql.ParseOrFail(sql, constant, parser);
        Assert.DoesNotContain("$(", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void StatementConstants_EveryOneNamesItsDialect()
    {
        // A SQL constant without the suffix would escape both the ScriptDom and the SQLite prepare checks.
        var unnamed = SqlConstants.All.Where(c =>
            !c.Name.EndsWith("SqlServer", StringComparison.Ordinal) && !c.Name.EndsWith("Sqlite", StringComparison.Ordinal));

        Assert.Empty(unnamed.Select(c => c.ToString()));
        Assert.Contains(SqlConstants.SqlServer, c => c.Name == "SelectSqlServer");
    }

    [Fact]
    public void StatementConstants_SqlServerTextUsesDatabasePlaceholders()
    {
        // Three-part names must come from configuration: a literal [OPT]/OPT. would ignore Database:OptDatabase.
        var hardCoded = SqlConstants.SqlServer.Where(c =>
            System.Text.RegularExpressions.Regex.IsMatch(c.Text, @"(?<![$(\w])(OPT|CHAINS|\[OPT\]|\[CHAINS\])\."));

        Assert.Empty(hardCoded.Select(c => c.ToString()));
    }

    [Fact]
    public void SplitBatches_MarkedBatch_RunsOutsideTransaction()
    {
        const string Script = "-- migrate: outside-transaction\nCREATE DATABASE [X];\nGO\nSELECT 1;\ngo\n\n-- only a comment\nGO\n";

        IReadOnlyList<SqlBatch> batches = MigrationScripts.SplitBatches(Script);

        Assert.Equal([true, false], batches.Select(b => b.OutsideTransaction));
        Assert.Equal("SELECT 1;", batches[1].Text);
    }

    [Fact]
    public void Parse_InvalidText_ReportsErrors()
    {
        // Guards the checks above: the parser must actually reject bad T-SQL.
        Assert.NotEmpty(TSql.Parse("SELECT api_name FROM [OPT].SCHWAB.API WHERE (").Errors);
        Assert.NotEmpty(TSql.Parse("INSERT INTO t (a) VALUES (@A) ON CONFLICT (a) DO NOTHING").Errors);
    }
}
