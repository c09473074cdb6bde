using System.Reflection;
using System.Text.RegularExpressions;
using Schwab.Core.Data;

namespace Schwab.Core.Tests.Data.SqlServer;

/// <summary>
/// Every SQL statement constant in Schwab.Core, found by reflection: a <c>const string</c> whose text starts with an
/// upper-case SQL keyword. The convention: its name ends in <c>SqlServer</c> or <c>Sqlite</c>.
/// </summary>
internal static partial class SqlConstants
{
    public sealed record Constant(string Owner, string Name, string Text)
    {
        public override string ToString() => $"{Owner}.{Name}";
    }

    public static IReadOnlyList<Constant> All { get; } = Find();

    public static IEnumerable<Constant> SqlServer => All.Where(c => c.Name.EndsWith("SqlServer", StringComparison.Ordinal));

    public static IEnumerable<Constant> Sqlite => All.Where(c => c.Name.EndsWith("Sqlite", StringComparison.Ordinal));

    public static TheoryData<string> SqlServerNames() => [.. SqlServer.Select(c => c.ToString())];

    public static TheoryData<string> SqliteNames() => [.. Sqlite.Select(c => c.ToString())];

    public static Constant Get(string id) => All.Single(c => c.ToString() == id);

    private static List<Constant> Find()
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return
        [
            .. typeof(DatabaseOptions).Assembly.GetTypes()
                .SelectMany(t => t.GetFields(Flags).Select(f => (Type: t, Field: f)))
                .Where(x => x.Field.IsLiteral && x.Field.FieldType == typeof(string))
                .Select(x => new Constant(x.Type.FullName!, x.Field.Name, (string)x.Field.GetRawConstantValue()!))
                .Where(c => SqlStart().IsMatch(c.Text))
                .OrderBy(c => c.ToString(), StringComparer.Ordinal),
        ];
    }

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|MERGE|WITH|DECLARE|EXEC|EXECUTE|CREATE|ALTER|DROP|IF|PRAGMA|BEGIN|TRUNCATE)\s")]
    private static partial Regex SqlStart();
}
