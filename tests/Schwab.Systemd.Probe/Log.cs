using Microsoft.Extensions.Logging;

namespace Schwab.Systemd.Probe;

/// <summary>The probe's log events (EventIds 1700–1799, the systemd harness block).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1700, Level = LogLevel.Information, Message = "Probe tick {Tick}")]
    public static partial void Tick(ILogger logger, int tick);

    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning, Message = "Probe frozen after tick {Tick}, as requested")]
    public static partial void Frozen(ILogger logger, int tick);
}
