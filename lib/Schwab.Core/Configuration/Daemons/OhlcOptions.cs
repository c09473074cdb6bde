namespace Schwab.Core.Configuration.Daemons;

/// <summary>Settings of <c>schwab-ohlc</c>, the minute and daily candles.</summary>
public sealed class OhlcOptions : IDefaultedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Ohlc";

    /// <summary>The symbols whose candles are kept.</summary>
    /// <value>Default <c>$SPX</c> and <c>$VIX</c>.</value>
    public IList<string> Symbols { get; set; } = [];

    /// <summary>How many days of 1-minute candles each run covers.</summary>
    /// <value>Default 10; 1 to 48 (Schwab keeps about 48 days of minutes).</value>
    public int MinuteDays { get; set; } = 10;

    /// <summary>How many months of daily candles each run covers.</summary>
    /// <value>Default 2; 1 to 240.</value>
    public int DailyMonths { get; set; } = 2;

    /// <summary>
    /// The shortest run of consecutive regular-session minutes with no stored candle that counts as a gap (and makes the day
    /// be fetched again). Schwab omits minutes without trades, so shorter runs are taken to be quiet minutes, not gaps.
    /// </summary>
    /// <value>Default 3; 1 to 390.</value>
    public int MinGapMinutes { get; set; } = 3;

    /// <summary>Weekday run times, in <see cref="TimeZone"/>.</summary>
    /// <value>Default 09:15 and 16:15.</value>
    public IList<TimeOnly> WeekdayRunTimes { get; set; } = [];

    /// <summary>Saturday run times, in <see cref="TimeZone"/>.</summary>
    /// <value>Default 09:15.</value>
    public IList<TimeOnly> SaturdayRunTimes { get; set; } = [];

    /// <summary>The zone of the run times.</summary>
    /// <value>Default America/New_York.</value>
    public string TimeZone { get; set; } = "America/New_York";

    void IDefaultedOptions.ApplyDefaults()
    {
        if (Symbols.Count == 0)
        {
            Symbols = ["$SPX", "$VIX"];
        }

        if (WeekdayRunTimes.Count == 0)
        {
            WeekdayRunTimes = [new(9, 15), new(16, 15)];
        }

        if (SaturdayRunTimes.Count == 0)
        {
            SaturdayRunTimes = [new(9, 15)];
        }
    }
}
