using Microsoft.Extensions.Options;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Time;

namespace Schwab.Daemons.Chains;

/// <summary>
/// Which snapshots are due at a minute boundary: the minute must lie in the day's regular session (from
/// <see cref="MarketClock"/>, so early closes and holidays follow <c>MARKET_HOURS</c>) widened by
/// <see cref="ChainsOptions.SessionPadding"/>, and a cadence matches when its period divides the exchange time of day.
/// </summary>
internal sealed class ChainSchedule(MarketClock clock, IOptions<ChainsOptions> options)
{
    private readonly ChainsOptions _options = options.Value;

    /// <summary>The cadences due at <paramref name="minute"/> (none outside the padded session).</summary>
    public async Task<IReadOnlyList<ChainCadence>> DueAsync(DateTimeOffset minute, CancellationToken cancellationToken)
    {
        TradingDay day = await clock.GetDayAsync(MarketClock.ExchangeDate(minute), cancellationToken);
        return InSession(day, minute) ? Matching(minute) : [];
    }

    /// <summary>The first minute after <paramref name="after"/> with a snapshot due in the same session, or null.</summary>
    public async Task<DateTimeOffset?> NextSnapshotAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        DateTimeOffset minute = FloorToMinute(after).AddMinutes(1);
        TradingDay day = await clock.GetDayAsync(MarketClock.ExchangeDate(minute), cancellationToken);
        for (; InSession(day, minute); minute = minute.AddMinutes(1))
        {
            if (Matching(minute).Count > 0)
            {
                return minute;
            }
        }

        return null;
    }

    /// <summary>The cadences whose period divides the exchange time of day of <paramref name="minute"/>.</summary>
    public IReadOnlyList<ChainCadence> Matching(DateTimeOffset minute)
    {
        long ticksOfDay = TimeZoneInfo.ConvertTime(minute, MarketClock.Exchange).TimeOfDay.Ticks;
        return _options.Cadences.Where(c => ticksOfDay % c.Every.Ticks == 0).ToArray();
    }

    /// <summary>The expirations a cadence covers at <paramref name="minute"/>: DTE counted in calendar days from the exchange date.</summary>
    public static (DateOnly From, DateOnly To) Window(DateTimeOffset minute, ChainCadence cadence)
    {
        DateOnly today = MarketClock.ExchangeDate(minute);
        return (today.AddDays(cadence.MinDte), today.AddDays(cadence.MaxDte));
    }

    /// <summary>The minute boundary at or before <paramref name="instant"/>, in UTC.</summary>
    public static DateTimeOffset FloorToMinute(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    private bool InSession(TradingDay day, DateTimeOffset minute) => day.IsOpen && day.Regular!.Contains(minute, _options.SessionPadding);
}
