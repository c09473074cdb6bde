using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data.Orders;

namespace Schwab.Daemons.Transactions;

/// <summary>
/// The entered-time window of the next order query of one account (incremental): from the newest change seen —
/// the newest stored entered time or the end of the last successful query, whichever is later — minus
/// <see cref="TransactionsOptions.Overlap"/>; reaching back further only to keep a still-open order in view (Schwab filters
/// by entered time, so an order entered earlier would otherwise never be seen to fill). With nothing seen yet, the window
/// starts <see cref="TransactionsOptions.InitialLookback"/> ago.
/// </summary>
internal static class OrderWindow
{
    /// <summary>Schwab's per-account order queries reach back at most a year.</summary>
    private static readonly TimeSpan MaxRange = TimeSpan.FromDays(364);

    public static (DateTimeOffset From, DateTimeOffset To) Next(DateTimeOffset now, OrderCursor stored, DateTimeOffset? lastTo, TransactionsOptions options)
    {
        DateTimeOffset? seen = (stored.NewestEntered, lastTo) switch
        {
            ({ } a, { } b) => a > b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };
        DateTimeOffset from = seen is { } s ? s - options.Overlap : now - options.InitialLookback;
        if (stored.OldestOpenEntered is { } open && open < from)
        {
            from = open;
        }

        if (from < now - MaxRange)
        {
            from = now - MaxRange;
        }

        return (from > now ? now : from, now);
    }
}
