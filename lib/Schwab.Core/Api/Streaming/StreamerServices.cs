namespace Schwab.Core.Api.Streaming;

/// <summary>Streamer service names (schwab-api.md §4.5).</summary>
public static class StreamerServices
{
    /// <summary>The ADMIN service (LOGIN, LOGOUT).</summary>
    public const string Admin = "ADMIN";

    /// <summary>Level-one equity and index quotes (change-only).</summary>
    public const string LevelOneEquities = "LEVELONE_EQUITIES";

    /// <summary>Level-one option quotes (change-only).</summary>
    public const string LevelOneOptions = "LEVELONE_OPTIONS";

    /// <summary>One-minute equity candles.</summary>
    public const string ChartEquity = "CHART_EQUITY";
}
