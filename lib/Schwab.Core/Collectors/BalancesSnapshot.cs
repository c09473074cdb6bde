namespace Schwab.Core.Collectors;

/// <summary>What one balances snapshot stored.</summary>
/// <param name="CollectedAt">The snapshot's key time (UTC).</param>
/// <param name="AccountHashes">The hashes of the accounts in the snapshot, ordered (never the numbers).</param>
/// <param name="BalancesInserted">New balance rows (0 when the snapshot was stored before).</param>
/// <param name="PositionsInserted">New position rows (0 when the snapshot was stored before).</param>
/// <param name="PositionsSeen">Positions in Schwab's answer.</param>
internal sealed record BalancesSnapshot(
    DateTimeOffset CollectedAt, IReadOnlyList<string> AccountHashes, int BalancesInserted, int PositionsInserted, int PositionsSeen);
