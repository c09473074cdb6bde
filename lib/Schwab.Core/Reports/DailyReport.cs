using Schwab.Core.Reports.Journal;
using Schwab.Core.Time;

namespace Schwab.Core.Reports;

/// <summary>What the pipeline collected on one exchange day, where it has holes, and what the journal says about it.</summary>
/// <param name="Day">The exchange (New York) date.</param>
/// <param name="From">The day's first instant (New York midnight, UTC).</param>
/// <param name="To">The next day's first instant (exclusive, UTC).</param>
/// <param name="Session">The day's sessions from the stored calendar (or the Monday–Friday fallback).</param>
/// <param name="Datasets">Rows per dataset, in a fixed order.</param>
/// <param name="Chains">Chain snapshots and contracts per collection frequency.</param>
/// <param name="Gaps">Missing stretches inside the regular session, oldest first.</param>
/// <param name="Journal">Restarts, errors, 429s and token refreshes, or why the journal could not be read.</param>
internal sealed record DailyReport(
    DateOnly Day,
    DateTimeOffset From,
    DateTimeOffset To,
    TradingDay Session,
    IReadOnlyList<DatasetCount> Datasets,
    IReadOnlyList<ChainSnapshotCount> Chains,
    IReadOnlyList<ReportGap> Gaps,
    JournalSummary Journal);
