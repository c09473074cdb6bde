using System.Text.RegularExpressions;

namespace Schwab.Core.Configuration;

/// <summary>
/// Reads the secrets file <c>schwab.env</c> that sits beside the settings file, in systemd's <c>EnvironmentFile=</c>
/// syntax: <c>KEY=value</c> lines, <c>#</c> or <c>;</c> comments, blank lines, values optionally in single or double
/// quotes, keys in the .NET <c>Section__Key</c> form.
/// </summary>
/// <remarks>
/// Every executable reads it itself, so <c>schwabctl</c> in a terminal sees exactly what a unit sees. A missing file is
/// fine; an unreadable one or a malformed line is a one-line problem that names the file (and line) but never a value.
/// </remarks>
public static partial class SecretsFile
{
    /// <summary>The secrets file's name, beside the settings file.</summary>
    public const string FileName = "schwab.env";

    private const string ConfigurationPathSeparator = ":";

    /// <summary>Reads <paramref name="path"/> into configuration keys (<c>Database__Provider</c> becomes <c>Database:Provider</c>).</summary>
    /// <returns>The values, or an empty set when the file does not exist.</returns>
    /// <exception cref="ConfigurationProblemException">The file cannot be read, or a line is not <c>KEY=value</c>.</exception>
    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string[] lines;
        try
        {
            if (!File.Exists(path))
            {
                return new Dictionary<string, string?>();
            }

            lines = File.ReadAllLines(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new ConfigurationProblemException(
                $"secrets file '{path}' cannot be read by this user: permission denied (it should be root:schwab 0640; is this user in the schwab group?)");
        }
        catch (IOException ex)
        {
            throw new ConfigurationProblemException($"secrets file '{path}' cannot be read: {ex.Message}");
        }

        return Parse(path, lines);
    }

    internal static IReadOnlyDictionary<string, string?> Parse(string path, IReadOnlyList<string> lines)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            Match match = LinePattern().Match(line);
            string? value = match.Success ? Unquote(match.Groups["value"].Value.Trim()) : null;
            if (value is null)
            {
                // Never echo the line: it may hold a secret.
                problems.Add($"secrets file '{path}' line {i + 1}: is not KEY=value (the line is not shown: it may hold a secret)");
                continue;
            }

            values[match.Groups["key"].Value.Replace("__", ConfigurationPathSeparator, StringComparison.Ordinal)] = value;
        }

        return problems.Count == 0 ? values : throw new ConfigurationProblemException(problems);
    }

    private static string? Unquote(string value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
        {
            string inner = value[1..^1];
            return value[0] == '"' ? inner.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : inner;
        }

        // An opening quote that never closes is a broken line, not a value that starts with a quote.
        return value.Length > 0 && value[0] is '"' or '\'' ? null : value;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*=(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();
}
