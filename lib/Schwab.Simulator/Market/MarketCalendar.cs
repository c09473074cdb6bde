using System.Collections.Concurrent;

namespace Schwab.Simulator.Market;

/// <summary>
/// The simulator's NYSE calendar: weekends, holidays and early closes by rule; optionally a demo "today" whose
/// regular session wraps the moment the simulator started, so daemons on the real clock collect at any hour.
/// </summary>
internal sealed class MarketCalendar
{
    private static readonly TimeOnly s_pre = new(7, 0), s_open = new(9, 30), s_close = new(16, 0), s_early = new(13, 0);
    private readonly ConcurrentDictionary<DateOnly, TradingDay> _days = new();
    private readonly TradingDay? _demoDay;

    public MarketCalendar(bool demoCalendar, DateTimeOffset startedAt)
    {
        if (demoCalendar)
        {
            var now = new DateTimeOffset(startedAt.Ticks - (startedAt.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
            DateTimeOffset open = now.AddHours(-1), close = now.AddHours(6);
            _demoDay = new TradingDay(ExchangeTime.DateOf(startedAt), true, false, open.AddMinutes(-150), open, close,
                close.AddHours(4), close.AddMinutes(15));
        }
    }

    public TradingDay Day(DateOnly date) => _days.GetOrAdd(date, Build);

    /// <summary>The open day whose regular session started at or before <paramref name="instant"/>.</summary>
    public TradingDay SessionDayAtOrBefore(DateTimeOffset instant)
    {
        var date = ExchangeTime.DateOf(instant).AddDays(1);
        for (int i = 0; i < 30; i++, date = date.AddDays(-1))
        {
            var day = Day(date);
            if (day.IsOpen && day.RegularStart <= instant)
            {
                return day;
            }
        }

        throw new InvalidOperationException("no trading day found in the 30 days before " + instant.ToString("O"));
    }

    /// <summary>
    /// The trading day a quote at <paramref name="instant"/> belongs to: the running or last session, except that
    /// before the open of a trading day it is already that day (so "close" is yesterday's close, not the day before's).
    /// </summary>
    public TradingDay QuoteDay(DateTimeOffset instant)
    {
        var session = SessionDayAtOrBefore(instant);
        var today = Day(ExchangeTime.DateOf(instant));
        return today.IsOpen && today.Date > session.Date && instant >= session.RegularEnd ? today : session;
    }

    public TradingDay PreviousOpenDay(DateOnly date)
    {
        for (var d = date.AddDays(-1); ; d = d.AddDays(-1))
        {
            if (Day(d).IsOpen)
            {
                return Day(d);
            }
        }
    }

    private TradingDay Build(DateOnly date)
    {
        if (_demoDay is not null && _demoDay.Date == date)
        {
            return _demoDay;
        }

        if (!NyseHolidays.IsWeekday(date) || NyseHolidays.IsHoliday(date))
        {
            return new TradingDay(date, false, false, null, null, null, null, null);
        }

        bool early = NyseHolidays.IsEarlyClose(date);
        var close = ExchangeTime.At(date, early ? s_early : s_close);
        return new TradingDay(date, true, early, ExchangeTime.At(date, s_pre), ExchangeTime.At(date, s_open), close,
            close.AddHours(4), close.AddMinutes(15));
    }
}
