namespace Schwab.Systemd.Tests;

/// <summary>
/// The README's "Run it for real" section, read at test time: its shell commands in order, its secrets file, and the one
/// command for each step the production tests run. A step the README no longer prints fails the test with its name.
/// </summary>
internal sealed class ReadmeProduction
{
    private const string SectionTitle = "## Run it for real";

    private ReadmeProduction(IReadOnlyList<string> commands, IReadOnlyList<string> secretsFile)
    {
        Commands = commands;
        SecretsFile = secretsFile;
    }

    /// <summary>Every line of the section's <c>bash</c> blocks, comments and blank lines left out, in the README's order.</summary>
    public IReadOnlyList<string> Commands { get; }

    /// <summary>The lines of the section's <c>ini</c> block: the secrets file as the README tells the operator to write it.</summary>
    public IReadOnlyList<string> SecretsFile { get; }

    public string InstallPackage => Single("install the package", c => c.Contains(".deb", StringComparison.Ordinal) && c.StartsWith("sudo ", StringComparison.Ordinal));

    public string BuildPackage => Single("build the package", c => c.Contains("scripts/package.sh", StringComparison.Ordinal));

    public string InstallFromSource => Single("install from source", c => c.Contains("scripts/install.sh", StringComparison.Ordinal));

    public string Migrate => Single("db migrate", c => c.Contains("schwabctl db migrate", StringComparison.Ordinal));

    public string Auth => Single("auth", c => c.Contains("schwabctl auth --api", StringComparison.Ordinal));

    public string Check => Single("check", c => c.Contains("schwabctl check", StringComparison.Ordinal));

    public string Start => Single("start", c => c.Contains("systemctl enable --now schwab.target", StringComparison.Ordinal));

    public string Subset => Single("run a subset", c => c.Contains("systemctl disable --now", StringComparison.Ordinal));

    public string Health => Single("health", c => c.Contains("schwabctl health", StringComparison.Ordinal) && !c.Contains("--json", StringComparison.Ordinal));

    public static ReadmeProduction Read() => Parse(File.ReadAllText(Repository.PathOf("README.md")));

    public static ReadmeProduction Parse(string markdown)
    {
        int start = markdown.IndexOf(SectionTitle + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"README.md has no '{SectionTitle}' section");
        }

        int end = markdown.IndexOf("\n## ", start + SectionTitle.Length, StringComparison.Ordinal);
        string section = end < 0 ? markdown[start..] : markdown[start..end];
        var commands = new List<string>();
        var secrets = new List<string>();
        string? fence = null;
        foreach (string raw in section.Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fence = fence is null ? line[3..] : null;
                continue;
            }

            if (fence == "bash" && line.Length > 0 && !line.StartsWith('#'))
            {
                commands.Add(WithoutComment(line));
            }
            else if (fence == "ini" && line.Length > 0 && !line.StartsWith('#'))
            {
                secrets.Add(line);
            }
        }

        return new ReadmeProduction(commands, secrets);
    }

    // "cmd   # what it does" → "cmd": a ' #' outside quotes starts the shell comment.
    private static string WithoutComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && i > 0 && line[i - 1] == ' ')
            {
                return line[..i].TrimEnd();
            }
        }

        return line;
    }

    private string Single(string step, Func<string, bool> match)
    {
        string[] found = Commands.Where(match).ToArray();
        return found.Length == 1
            ? found[0]
            : throw new InvalidOperationException(
                $"README.md's '{SectionTitle}' should print exactly one command to {step}; it prints {found.Length}: {string.Join(" | ", found)}");
    }
}
