namespace Schwab.Core.Data.Migrations;

/// <summary>One numbered migration script of one dialect, read from the assembly's embedded resources.</summary>
/// <param name="Version">The number in the file name (<c>0001</c> → 1).</param>
/// <param name="Name">The name after the number (<c>initial</c>).</param>
/// <param name="Provider">The dialect the script is written in.</param>
/// <param name="Text">The script text, with <c>$(OPT)</c>/<c>$(CHAINS)</c> placeholders on SQL Server.</param>
internal sealed record MigrationScript(int Version, string Name, DatabaseProvider Provider, string Text)
{
    /// <summary>The file name, e.g. <c>0001_initial.sqlite.sql</c>.</summary>
    public string FileName =>
        $"{Version:D4}_{Name}.{(Provider == DatabaseProvider.SqlServer ? "sqlserver" : "sqlite")}.sql";
}
