namespace Schwab.Cli.Commands.Demo;

/// <summary>How <c>schwabctl demo</c> runs: where its files go, where the daemons are, and for how long.</summary>
/// <param name="Folder">The folder for <c>schwab.db</c>, <c>schwab.json</c>, the key and the daemons' logs.</param>
/// <param name="DaemonFolder">Where to find the daemon executables, or null for beside schwabctl.</param>
/// <param name="Duration">How long the daemons run before the demo stops by itself, or null for until Ctrl-C.</param>
/// <param name="Interval">How often progress is refreshed.</param>
/// <param name="Seed">The simulated market's seed.</param>
internal sealed record DemoOptions(string Folder, string? DaemonFolder, TimeSpan? Duration, TimeSpan Interval, int Seed);
