namespace Schwab.Core.Reports;

/// <summary>A stretch of session minutes in which a dataset has no rows.</summary>
/// <param name="Dataset">What is missing: <c>quotes</c>, <c>chains-1min</c> or <c>minuteCandles</c>.</param>
/// <param name="Symbol">The symbol for per-symbol datasets (minute candles); null otherwise.</param>
/// <param name="Start">The first missing minute (UTC).</param>
/// <param name="End">The end of the stretch (exclusive, UTC).</param>
internal sealed record ReportGap(string Dataset, string? Symbol, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The stretch in whole minutes.</summary>
    public int Minutes => (int)(End - Start).TotalMinutes;
}
