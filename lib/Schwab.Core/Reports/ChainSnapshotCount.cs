namespace Schwab.Core.Reports;

/// <summary>Chain snapshots of one collection frequency on the reported day.</summary>
/// <param name="Frequency">The <c>collection_frequency</c> (<c>1min</c>, <c>5min</c>, <c>30min</c>).</param>
/// <param name="Snapshots">Distinct <c>collected_at</c> instants.</param>
/// <param name="Contracts">Rows (one per contract per snapshot).</param>
internal sealed record ChainSnapshotCount(string Frequency, long Snapshots, long Contracts);
