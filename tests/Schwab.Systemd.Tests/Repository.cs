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

    /// <summary>How long an <c>install.sh</c> run may take: the first publishes every executable self-contained with ReadyToRun.</summary>
    public static TimeSpan InstallTimeout { get; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// <c>bash scripts/install.sh --root ROOT --configuration C [--no-ready-to-run] EXTRA…</c>; <c>SCHWAB_TEST_READY_TO_RUN=0</c>
    /// installs IL-only executables (to measure what ReadyToRun buys).
    /// </summary>
    public static string[] InstallArguments(string root, params string[] extra) =>
        [PathOf("scripts/install.sh"), "--root", root, .. PublishArguments(), .. extra];

    /// <summary><c>--configuration C</c>, plus <c>--no-ready-to-run</c> under <c>SCHWAB_TEST_READY_TO_RUN=0</c>.</summary>
    public static string[] PublishArguments() =>
    [
        "--configuration", Configuration,
        .. Environment.GetEnvironmentVariable("SCHWAB_TEST_READY_TO_RUN") == "0" ? new[] { "--no-ready-to-run" } : [],
    ];

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
