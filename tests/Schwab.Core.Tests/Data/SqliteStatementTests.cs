using Dapper;
using Microsoft.Data.Sqlite;
using Schwab.Core.Data;
using Schwab.Core.Tests.Data.SqlServer;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data;

public sealed class SqliteStatementTests
{
    public static TheoryData<string> Statements() => SqlConstants.SqliteNames();

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task StatementConstant_PreparesAgainstTheMigratedSchema(string constant)
    {
        // sqlite3_prepare resolves every table and column, so a renamed column fails here, not in production.
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await using var connection = new SqliteConnection(db.Options.ConnectionString);
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = SqlConstants.Get(constant).Text;

        command.Prepare();
    }

    [Fact]
    public async Task Prepare_UnknownColumn_Throws()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await using var connection = new SqliteConnection(db.Options.ConnectionString);
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT expires_on FROM SCHWAB_API";

        var ex = Assert.Throws<SqliteException>(command.Prepare);
        Assert.Contains("expires_on", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrations_BothDialects_HaveTheSameTablesColumnsAndKeys()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await using var connection = new SqliteConnection(db.Options.ConnectionString);
        SqlServerSchema sqlServer = SqlServerSchema.FromMigrations();

        Assert.Equal(TableNames.All.Count, sqlServer.Tables.Count);
        foreach (TableName table in TableNames.All)
        {
            SqlServerSchema.Table expected = sqlServer.Tables[table.ToString()];
            var info = (await connection.QueryAsync<(long Cid, string Name, long Pk)>(
                $"SELECT cid, name, pk FROM pragma_table_info('{table.SqliteName}') ORDER BY cid")).ToList();

            Assert.Equal(expected.Columns, info.Select(c => c.Name));
            Assert.Equal(expected.PrimaryKey, info.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name));
        }
    }
}
