using System.Globalization;

namespace Schwab.Core.Time;

/// <summary>
/// Times of day in one zone (e.g. 09:00 and 13:00 America/New_York) as instants: which fall in a window, which comes next.
/// The times may differ by day of the week; calendar rules (open days) are the caller's, through <see cref="MarketClock"/>.
/// </summary>
internal sealed class DailySchedule
{
    private readonly Func<DayOfWeek, TimeOnly[]> _timesOn;
    private readonly bool _empty;

    /// <summary>The same <paramref name="times"/> every day.</summary>
    public DailySchedule(IEnumerable<TimeOnly> times, string timeZone)
        : this(_ => times, timeZone)
    {
    }

    /// <summary>The times of each day of the week, from <paramref name="timesOn"/>.</summary>
    public DailySchedule(Func<DayOfWeek, IEnumerable<TimeOnly>> timesOn, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(timesOn);
        TimeOnly[][] week = [.. Enum.GetValues<DayOfWeek>().Select(d => timesOn(d).Distinct().Order().ToArray())];
        _timesOn = day => week[(int)day];
        _empty = week.All(times => times.Length == 0);
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
    }

    /// <summary>The zone of the times.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The date in <see cref="Zone"/> of <paramref name="instant"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The scheduled instants of <paramref name="date"/>, in order (UTC).</summary>
    public IEnumerable<DateTimeOffset> On(DateOnly date) => _timesOn(date.DayOfWeek).Select(t => At(date, t));

    /// <summary>The scheduled instants after <paramref name="after"/> up to and including <paramref name="until"/>, in order.</summary>
    public IEnumerable<DateTimeOffset> Between(DateTimeOffset after, DateTimeOffset until)
    {
        for (DateOnly date = DateOf(after); date <= DateOf(until); date = date.AddDays(1))
        {
            foreach (DateTimeOffset slot in On(date).Where(s => s > after && s <= until))
            {
                yield return slot;
            }
        }
    }

    /// <summary>The first scheduled instant after <paramref name="after"/> (UTC); null when no times are configured.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => _empty ? null : Between(after, after.AddDays(8)).First();

    /// <summary>"08:30 ET" (or the zone's id when it is not New York).</summary>
    public string Format(DateTimeOffset instant)
    {
        string zone = Zone.Id == MarketClock.Exchange.Id ? "ET" : Zone.Id;
        return string.Create(CultureInfo.InvariantCulture, $"{TimeZoneInfo.ConvertTime(instant, Zone):HH:mm} {zone}");
    }

    /// <summary>How long to wait from <paramref name="now"/> to the next whole minute, so minute-aligned schedules fire on time.</summary>
    public static TimeSpan UntilNextMinute(DateTimeOffset now)
    {
        long remainder = now.UtcTicks % TimeSpan.TicksPerMinute;
        return TimeSpan.FromTicks(TimeSpan.TicksPerMinute - remainder);
    }

    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        DateTime local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1); // a time skipped by the spring-forward gap runs just after it
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
