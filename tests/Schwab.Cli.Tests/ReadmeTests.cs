using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Schwab.Testing.Data;

namespace Schwab.Cli.Tests;

/// <summary>
/// Keeps README.md true: every <c>schwabctl</c> command line it shows parses against the real command tree, every
/// script it names exists, and every SQL statement it gives for the SQLite file prepares against the migrated schema.
/// (What the commands do is tested by each command's own tests, the demo test and the private-systemd tests.)
/// </summary>
public sealed partial class ReadmeTests
{
    // Placeholders the README writes in capitals, with a value of the type the option takes.
    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["DAYS"] = "90", ["N"] = "2", ["P"] = "8080", ["X"] = "1", ["S"] = "120", ["D"] = "2026-11-27",
        ["NAME"] = "MAIN_DATA", ["FILE"] = "/tmp/key", ["DIR"] = "/tmp/demo", ["KEY"] = "unit-failed:schwab-chains.service",
        ["UNIT"] = "schwab-chains.service", ["URL"] = "https://127.0.0.1/?code=c&state=s", ["CODE"] = "c", ["ID"] = "id",
    };

    private static string Readme => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    public static TheoryData<string> SchwabctlLines()
    {
        var lines = new TheoryData<string>();
        foreach (string line in CodeLines(Readme).Concat(CodeSpans(Readme)))
        {
            int at = line.IndexOf("schwabctl ", StringComparison.Ordinal);
            if (at < 0 || line.Contains("sqlite3", StringComparison.Ordinal))
            {
                continue;
            }

            string command = line[at..];
            int comment = command.IndexOf(" #", StringComparison.Ordinal);
            lines.Add((comment >= 0 ? command[..comment] : command).Trim());
        }

        return lines;
    }

    [Theory]
    [MemberData(nameof(SchwabctlLines))]
    public void Readme_SchwabctlCommand_ParsesAgainstTheCommandTree(string line)
    {
        string[] args = Arguments(line).Skip(1).Select(a => Placeholders.GetValueOrDefault(a, a)).ToArray();

        ParseResult result = SchwabCtl.BuildRoot().Parse(args);

        Assert.True(result.Errors.Count == 0, $"README line '{line}': {string.Join("; ", result.Errors.Select(e => e.Message))}");
    }

    [Fact]
    public void Readme_EveryScriptItNames_Exists()
    {
        string[] scripts = ScriptName().Matches(Readme).Select(m => m.Value).Distinct().ToArray();

        Assert.Contains("scripts/demo.sh", scripts);
        Assert.Contains("scripts/test.sh", scripts);
        Assert.All(scripts, s => Assert.True(File.Exists(Path.Combine(RepositoryRoot(), s)), $"README names {s}, which does not exist"));
    }

    [Fact]
    public async Task Readme_SqliteStatements_PrepareAgainstTheMigratedSchema()
    {
        string[] statements = SqliteStatement().Matches(Readme).Select(m => m.Groups["sql"].Value).ToArray();
        Assert.NotEmpty(statements);
        await using SqliteTestDatabase database = await SqliteTestDatabase.CreateAsync();
        await using var connection = new SqliteConnection(database.Options.ConnectionString);
        await connection.OpenAsync();

        foreach (string sql in statements.Where(s => !s.StartsWith('.')))
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var error = Record.Exception(command.Prepare);
            Assert.True(error is null, $"README SQLite statement '{sql}': {error?.Message}");
        }
    }

    private static IEnumerable<string> CodeLines(string markdown)
    {
        bool inCode = false;
        foreach (string line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (inCode)
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> CodeSpans(string markdown) =>
        CodeSpan().Matches(markdown).Select(m => m.Groups["code"].Value).Where(c => c.StartsWith("schwabctl ", StringComparison.Ordinal));

    // Splits like a shell: spaces separate, single and double quotes group; [optional] brackets are dropped.
    private static IEnumerable<string> Arguments(string line)
    {
        foreach (Match match in ShellWord().Matches(line.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)))
        {
            yield return match.Groups["q1"].Success ? match.Groups["q1"].Value
                : match.Groups["q2"].Success ? match.Groups["q2"].Value
                : match.Value;
        }
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Schwab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Schwab.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"'(?<q1>[^']*)'|""(?<q2>[^""]*)""|[^\s'""]+")]
    private static partial Regex ShellWord();

    [GeneratedRegex(@"(?<!`)`(?<code>[^`\n]+)`(?!`)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"scripts/[a-z]+\.sh")]
    private static partial Regex ScriptName();

    [GeneratedRegex(@"sqlite3 \S+ '(?<sql>[^']+)'")]
    private static partial Regex SqliteStatement();
}
