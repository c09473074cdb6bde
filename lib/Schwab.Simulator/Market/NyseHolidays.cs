namespace Schwab.Simulator.Market;

/// <summary>NYSE full holidays and 13:00 ET early closes, computed by rule for any year.</summary>
internal static class NyseHolidays
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<DateOnly>> s_byYear = new();

    // A New Year's Day that falls on a Saturday is not observed on the Friday before (NYSE rule).
    public static bool IsHoliday(DateOnly date) => s_byYear.GetOrAdd(date.Year, HolidaysOf).Contains(date);

    public static bool IsEarlyClose(DateOnly date)
    {
        if (!IsWeekday(date) || IsHoliday(date))
        {
            return false;
        }

        // The day before Independence Day, only when July 4 itself is a Tuesday..Friday.
        if (date.Month == 7 && date.Day == 3)
        {
            return date.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday;
        }

        if (date.Month == 11 && date == NthWeekday(date.Year, 11, DayOfWeek.Thursday, 4).AddDays(1))
        {
            return true;
        }

        return date.Month == 12 && date.Day == 24;
    }

    public static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static HashSet<DateOnly> HolidaysOf(int year)
    {
        var days = new HashSet<DateOnly>();
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek == DayOfWeek.Sunday)
        {
            days.Add(newYear.AddDays(1));
        }
        else if (newYear.DayOfWeek != DayOfWeek.Saturday)
        {
            days.Add(newYear);
        }

        days.Add(NthWeekday(year, 1, DayOfWeek.Monday, 3));
        days.Add(NthWeekday(year, 2, DayOfWeek.Monday, 3));
        days.Add(EasterSunday(year).AddDays(-2));
        days.Add(LastWeekday(year, 5, DayOfWeek.Monday));
        if (year >= 2022)
        {
            days.Add(Observed(new DateOnly(year, 6, 19)));
        }

        days.Add(Observed(new DateOnly(year, 7, 4)));
        days.Add(NthWeekday(year, 9, DayOfWeek.Monday, 1));
        days.Add(NthWeekday(year, 11, DayOfWeek.Thursday, 4));
        days.Add(Observed(new DateOnly(year, 12, 25)));
        return days;
    }

    private static DateOnly Observed(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        int shift = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int shift = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-shift);
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
