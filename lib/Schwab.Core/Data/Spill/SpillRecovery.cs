namespace Schwab.Core.Data.Spill;

/// <summary>What <see cref="SpillFile.Open"/> found in a spill file left by an earlier run.</summary>
/// <param name="Records">Whole records, all of which replay returns.</param>
/// <param name="DamagedSpans">Damaged spans skipped, each copied aside and logged (event 1130).</param>
/// <param name="DamagedBytes">The bytes in those spans.</param>
/// <param name="TornBytes">The bytes of a record cut short by a kill at the end, cut off (never acknowledged).</param>
internal sealed record SpillRecovery(int Records, int DamagedSpans, long DamagedBytes, long TornBytes);
