namespace Schwab.Core.Configuration.Daemons;

/// <summary>Settings of <c>schwab-markethours</c>, which stores the calendar every schedule reads.</summary>
public sealed class MarketHoursOptions : IDefaultedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "MarketHours";

    /// <summary>How many days after today are fetched.</summary>
    /// <value>Default 7; 0 to 365 (Schwab answers up to a year ahead).</value>
    public int DaysAhead { get; set; } = 7;

    /// <summary>The markets fetched from <c>/markets</c>.</summary>
    /// <value>Default equity and option.</value>
    public IList<string> Markets { get; set; } = [];

    /// <summary>Times of day (in <see cref="TimeZone"/>) at which the calendar is fetched again: after midnight and before the open.</summary>
    /// <value>Default 00:05 and 08:30.</value>
    public IList<TimeOnly> FetchTimes { get; set; } = [];

    /// <summary>The regular session assumed when no calendar rows exist (Monday to Friday).</summary>
    /// <value>Default 09:30.</value>
    public TimeOnly FallbackOpen { get; set; } = new(9, 30);

    /// <summary>The end of the fallback regular session.</summary>
    /// <value>Default 16:00.</value>
    public TimeOnly FallbackClose { get; set; } = new(16, 0);

    /// <summary>The zone of the times of day above.</summary>
    /// <value>Default America/New_York (exchange time).</value>
    public string TimeZone { get; set; } = "America/New_York";

    void IDefaultedOptions.ApplyDefaults()
    {
        if (Markets.Count == 0)
        {
            Markets = ["equity", "option"];
        }

        if (FetchTimes.Count == 0)
        {
            FetchTimes = [new(0, 5), new(8, 30)];
        }
    }
}
