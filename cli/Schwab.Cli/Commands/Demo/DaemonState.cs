namespace Schwab.Cli.Commands.Demo;

/// <summary>One daemon as the demo shows it: whether its process still runs, and its latest heartbeat row (written every 30 s), if any.</summary>
internal sealed record DaemonState(string Name, int Pid, bool Running, TimeSpan? HeartbeatAge, string? Status);
