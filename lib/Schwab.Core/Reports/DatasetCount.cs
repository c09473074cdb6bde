namespace Schwab.Core.Reports;

/// <summary>How many rows one dataset holds for the reported day.</summary>
/// <param name="Name">The dataset (<c>quotes</c>, <c>chains</c>, <c>minuteCandles</c>, …).</param>
/// <param name="Table">The table it is counted in (SQLite name).</param>
/// <param name="Rows">Rows whose time column falls in the day.</param>
internal sealed record DatasetCount(string Name, string Table, long Rows);
