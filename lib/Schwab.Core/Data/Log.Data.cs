using Microsoft.Extensions.Logging;
using Schwab.Core.Data;

namespace Schwab.Core;

/// <summary>Log messages of the data layer (EventIds 1100–1299).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1100, EventName = nameof(SqliteDirectoryCreated), Level = LogLevel.Information,
        Message = "Created database directory {Directory}")]
    public static partial void SqliteDirectoryCreated(ILogger logger, string directory);

    [LoggerMessage(EventId = 1110, EventName = nameof(MigrationApplied), Level = LogLevel.Information,
        Message = "Applied migration {Version} {Name} to the {Provider} database")]
    public static partial void MigrationApplied(ILogger logger, int version, string name, DatabaseProvider provider);

    [LoggerMessage(EventId = 1111, EventName = nameof(SchemaUpToDate), Level = LogLevel.Information,
        Message = "Database schema is at version {Version}; nothing to migrate")]
    public static partial void SchemaUpToDate(ILogger logger, int version);

    [LoggerMessage(EventId = 1112, EventName = nameof(MigrationSkippedAppliedElsewhere), Level = LogLevel.Information,
        Message = "Migration {Version} was applied by another process while this one waited")]
    public static partial void MigrationSkippedAppliedElsewhere(ILogger logger, int version);

    [LoggerMessage(EventId = 1120, EventName = nameof(TokensRefreshedUnderLock), Level = LogLevel.Information,
        Message = "Refreshed tokens of {ApiName} under the token lock (version {Version})")]
    public static partial void TokensRefreshedUnderLock(ILogger logger, string apiName, int version);

    [LoggerMessage(EventId = 1121, EventName = nameof(TokenRefreshNotNeeded), Level = LogLevel.Debug,
        Message = "Tokens of {ApiName} no longer need a refresh after taking the lock (version {Version})")]
    public static partial void TokenRefreshNotNeeded(ILogger logger, string apiName, int version);

    [LoggerMessage(EventId = 1122, EventName = nameof(TokenSaveConflict), Level = LogLevel.Warning,
        Message = "Tokens of {ApiName} were not saved: expected version {ExpectedVersion} but another writer moved it")]
    public static partial void TokenSaveConflict(ILogger logger, string apiName, int expectedVersion);

    [LoggerMessage(EventId = 1123, EventName = nameof(TokensDeleted), Level = LogLevel.Information,
        Message = "Deleted stored tokens of {ApiName}")]
    public static partial void TokensDeleted(ILogger logger, string apiName);

    [LoggerMessage(EventId = 1124, EventName = nameof(RefreshSkippedAnotherWriter), Level = LogLevel.Information,
        Message = "Tokens for {ApiName} were refreshed by another process (version {Version}); using them")]
    public static partial void RefreshSkippedAnotherWriter(ILogger logger, string apiName, int version);
}
