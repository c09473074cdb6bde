namespace Schwab.Simulator.Market;

/// <summary>
/// $SPX listings: SPXW (PM, <c>W</c>) on every trading day for 70 days and on Fridays for a year; SPX monthlies
/// (AM, <c>S</c>) on the third Friday (the trading day before when it is a holiday) for 13 months.
/// </summary>
internal sealed class ExpirationSchedule(MarketCalendar calendar)
{
    public IReadOnlyList<OptionExpiration> From(DateOnly today)
    {
        var list = new List<OptionExpiration>();
        var monthlies = new HashSet<DateOnly>();
        for (int i = 0; i < 14; i++)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(i);
            int shift = ((int)DayOfWeek.Friday - (int)month.DayOfWeek + 7) % 7;
            var third = month.AddDays(shift + 14);
            while (!calendar.Day(third).IsOpen)
            {
                third = third.AddDays(-1);
            }

            if (third >= today && third <= today.AddDays(400))
            {
                monthlies.Add(third);
            }
        }

        for (var d = today; d <= today.AddDays(400); d = d.AddDays(1))
        {
            var day = calendar.Day(d);
            if (!day.IsOpen)
            {
                continue;
            }

            if (monthlies.Contains(d))
            {
                list.Add(new OptionExpiration(d, "SPX", "S", "A", day.RegularStart!.Value));
            }

            bool weekly = d.DayOfWeek == DayOfWeek.Friday || monthlies.Contains(d) || !calendar.Day(d.AddDays(1)).IsOpen && d.DayOfWeek == DayOfWeek.Thursday;
            if (d <= today.AddDays(70) || (weekly && d <= today.AddDays(366)))
            {
                list.Add(new OptionExpiration(d, "SPXW", "W", "P", day.RegularEnd!.Value));
            }
        }

        return list;
    }
}
