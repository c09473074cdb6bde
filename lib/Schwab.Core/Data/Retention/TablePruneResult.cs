namespace Schwab.Core.Data.Retention;

/// <summary>What pruning did (or, on a dry run, would do) to one table.</summary>
/// <param name="Table">The table, as the guide names it (<c>OPT.dbo.streaming_data</c>).</param>
/// <param name="Column">The UTC time column compared with the cut-off.</param>
/// <param name="Rows">Rows deleted, or rows that would be deleted on a dry run.</param>
/// <param name="Batches">Delete statements run (each its own transaction); 0 on a dry run.</param>
internal sealed record TablePruneResult(string Table, string Column, long Rows, int Batches);
