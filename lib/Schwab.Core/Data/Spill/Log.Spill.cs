using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Log messages of the spill file (EventIds 1130–1139).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1130, EventName = nameof(SpillDamageSkipped), Level = LogLevel.Warning,
        Message = "Skipped a damaged span of the spill file {Path} at byte {Offset}: {Length} bytes, about {Records} records lost; the bytes are kept in {Copy}")]
    public static partial void SpillDamageSkipped(ILogger logger, string path, long offset, long length, int records, string copy);

    [LoggerMessage(EventId = 1131, EventName = nameof(SpillTornTailCut), Level = LogLevel.Debug,
        Message = "Cut a torn last record of the spill file {Path} at byte {Offset}: {Length} bytes never acknowledged")]
    public static partial void SpillTornTailCut(ILogger logger, string path, long offset, long length);
}
