namespace Schwab.Cli.Commands.Demo;

/// <summary>
/// Finds the seven daemon executables. In a built clone schwabctl runs from <c>artifacts/bin/Schwab.Cli/&lt;config&gt;/</c>
/// and each daemon from <c>artifacts/bin/Schwab.Daemons.&lt;Name&gt;/&lt;config&gt;/schwab-&lt;name&gt;</c>; an installed
/// tree (<c>scripts/install.sh</c>) keeps each in <c>/opt/schwab/&lt;name&gt;/</c> beside schwabctl's folder.
/// </summary>
internal static class DaemonLocator
{
    /// <summary>The daemons, tokens and market hours first: everything else reads the token row and the calendar.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "schwab-tokens", "schwab-markethours", "schwab-chains", "schwab-ohlc", "schwab-transactions", "schwab-balances", "schwab-stream",
    ];

    /// <summary>Each daemon's executable, in <see cref="Names"/> order, looked for in <paramref name="folder"/> or else beside schwabctl.</summary>
    /// <exception cref="FileNotFoundException">A daemon was not found (the message names it and where it was looked for).</exception>
    public static IReadOnlyList<string> Find(string? folder)
    {
        string cliFolder = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        string flavour = Path.GetFileName(cliFolder);
        string parent = Path.GetDirectoryName(cliFolder) ?? cliFolder;
        string[] roots = folder is not null ? [Path.GetFullPath(folder)] : [parent, Path.GetDirectoryName(parent) ?? parent];
        var found = new List<string>();
        foreach (string name in Names)
        {
            IEnumerable<string> candidates = roots.SelectMany(root => Candidates(root, name, flavour));
            found.Add(candidates.FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"{name} was not found under {string.Join(" or ", roots)} (build first: dotnet build Schwab.sln, or pass --daemons DIR)"));
        }

        return found;
    }

    private static IEnumerable<string> Candidates(string root, string name, string flavour)
    {
        yield return Path.Combine(root, name);
        yield return Path.Combine(root, name, name);
        if (Directory.Exists(root))
        {
            // The test project's folder holds copies of the daemons; run each daemon from its own folder only.
            foreach (string project in Directory.EnumerateDirectories(root, "Schwab.Daemons.*").Where(d => !d.EndsWith(".Tests", StringComparison.Ordinal)))
            {
                yield return Path.Combine(project, flavour, name);
            }
        }
    }
}
