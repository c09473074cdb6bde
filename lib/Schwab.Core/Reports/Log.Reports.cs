using Microsoft.Extensions.Logging;

namespace Schwab.Core;

/// <summary>Log events of reports and pruning (EventIds 3100–3199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, EventName = nameof(Pruned), Level = LogLevel.Information,
        Message = "Pruned {Rows} rows older than {Cutoff:u} from {Table} in {Batches} batches")]
    public static partial void Pruned(ILogger logger, string table, long rows, DateTimeOffset cutoff, int batches);
}
