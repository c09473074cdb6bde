using Schwab.Core.Time;

namespace Schwab.Core.Reports;

/// <summary>Finds stretches of session minutes that hold no data.</summary>
internal static class MinuteGaps
{
    /// <summary>
    /// The stretches of at least <paramref name="minimumMinutes"/> consecutive minutes of <paramref name="session"/>
    /// (minute starts from its start, whole minutes only) that are not in <paramref name="present"/>.
    /// </summary>
    public static IEnumerable<ReportGap> Find(string dataset, string? symbol, SessionWindow session, IReadOnlySet<DateTimeOffset> present, int minimumMinutes = 1)
    {
        DateTimeOffset? start = null;
        DateTimeOffset minute = Truncate(session.Start);
        for (; minute < session.End; minute = minute.AddMinutes(1))
        {
            if (present.Contains(minute))
            {
                if (start is { } s && (minute - s).TotalMinutes >= minimumMinutes)
                {
                    yield return new ReportGap(dataset, symbol, s, minute);
                }

                start = null;
            }
            else
            {
                start ??= minute;
            }
        }

        if (start is { } last && (minute - last).TotalMinutes >= minimumMinutes)
        {
            yield return new ReportGap(dataset, symbol, last, minute);
        }
    }

    /// <summary>The minute that contains <paramref name="instant"/>, in UTC.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        DateTimeOffset utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }
}
