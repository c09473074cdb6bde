using System.Reflection;
using System.Text.RegularExpressions;

namespace Schwab.Core.Data.Migrations;

/// <summary>Finds the embedded <c>Data/Migrations/NNNN_name.{sqlite|sqlserver}.sql</c> scripts and splits SQL Server batches.</summary>
internal static partial class MigrationScripts
{
    /// <summary>The marker line that runs a SQL Server batch before (outside) the script's transaction.</summary>
    public const string OutsideTransactionMarker = "-- migrate: outside-transaction";

    private static readonly Lazy<IReadOnlyList<MigrationScript>> s_all = new(Load);

    /// <summary>Every embedded script of both dialects.</summary>
    public static IReadOnlyList<MigrationScript> All => s_all.Value;

    /// <summary>The scripts of <paramref name="provider"/>, ordered by version.</summary>
    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider) =>
        [.. All.Where(s => s.Provider == provider).OrderBy(s => s.Version)];

    /// <summary>Splits a SQL Server script at lines holding only <c>GO</c>; empty batches are dropped.</summary>
    public static IReadOnlyList<SqlBatch> SplitBatches(string script)
    {
        List<SqlBatch> batches = [];
        foreach (string part in GoLine().Split(script))
        {
            if (string.IsNullOrWhiteSpace(StripComments(part)))
            {
                continue;
            }

            bool outside = part.Contains(OutsideTransactionMarker, StringComparison.Ordinal);
            batches.Add(new SqlBatch(part.Trim(), outside));
        }

        return batches;
    }

    private static string StripComments(string batch) => CommentLine().Replace(batch, string.Empty);

    private static List<MigrationScript> Load()
    {
        Assembly assembly = typeof(MigrationScripts).Assembly;
        List<MigrationScript> scripts = [];
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            Match match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"embedded migration {resource} cannot be read");
            using var reader = new StreamReader(stream);
            DatabaseProvider provider = match.Groups[3].Value == "sqlserver" ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite;
            scripts.Add(new MigrationScript(
                int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups[2].Value,
                provider,
                reader.ReadToEnd()));
        }

        Validate(scripts);
        return scripts;
    }

    // A gap or a duplicate number would make "latest version" lie; fail loudly at first use instead.
    private static void Validate(List<MigrationScript> scripts)
    {
        foreach (IGrouping<DatabaseProvider, MigrationScript> dialect in scripts.GroupBy(s => s.Provider))
        {
            int[] versions = [.. dialect.Select(s => s.Version).Order()];
            if (!versions.SequenceEqual(Enumerable.Range(1, versions.Length)))
            {
                throw new InvalidOperationException(
                    $"{dialect.Key} migrations must be numbered 1..n without gaps; found {string.Join(", ", versions)}");
            }
        }
    }

    [GeneratedRegex(@"\.Data\.Migrations\.(\d{4})_([A-Za-z0-9_]+)\.(sqlite|sqlserver)\.sql$")]
    private static partial Regex ResourceName();

    [GeneratedRegex(@"^[ \t]*GO[ \t]*;?[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"^[ \t]*--.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();
}
