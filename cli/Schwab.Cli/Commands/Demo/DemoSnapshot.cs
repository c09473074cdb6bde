namespace Schwab.Cli.Commands.Demo;

/// <summary>What one progress refresh shows: rows per dataset, the stream's rate since the last refresh, token time left and each daemon's state.</summary>
internal sealed record DemoSnapshot(
    TimeSpan Elapsed,
    TimeSpan? Duration,
    DatasetCounts Counts,
    double StreamUpdatesPerSecond,
    string Tokens,
    IReadOnlyList<DaemonState> Daemons);
