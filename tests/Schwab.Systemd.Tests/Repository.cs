namespace Schwab.Systemd.Tests;

/// <summary>Paths in the source tree and the build output the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>Schwab.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration these tests were built in (<c>Release</c>, <c>Debug</c>), read from the artifacts path.</summary>
    public static string Configuration { get; } = FindConfiguration();

    /// <summary>The built <c>schwab-probe</c> executable.</summary>
    public static string ProbeExecutable =>
        Path.Combine(Root, "artifacts", "bin", "Schwab.Systemd.Probe", Configuration.ToLowerInvariant(), "schwab-probe");

    /// <summary>The built <c>schwab-tokens</c> executable.</summary>
    public static string TokensExecutable =>
        Path.Combine(Root, "artifacts", "bin", "Schwab.Daemons.Tokens", Configuration.ToLowerInvariant(), "schwab-tokens");

    /// <summary>A path below the repository root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Schwab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Schwab.sln above {AppContext.BaseDirectory}");
    }

    private static string FindConfiguration()
    {
        // artifacts/bin/Schwab.Systemd.Tests/<configuration>/
        string name = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        return name.Equals("debug", StringComparison.OrdinalIgnoreCase) ? "Debug" : "Release";
    }
}
