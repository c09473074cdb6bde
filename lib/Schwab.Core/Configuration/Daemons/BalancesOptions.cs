namespace Schwab.Core.Configuration.Daemons;

/// <summary>Settings of <c>schwab-balances</c>, the balance and position snapshots.</summary>
public sealed class BalancesOptions : IDefaultedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Balances";

    /// <summary>Times of day (in <see cref="TimeZone"/>) of the snapshots, every day the equity market is open.</summary>
    /// <value>Default 09:00, 13:00, 17:00, 17:45 and 21:00.</value>
    public IList<TimeOnly> Times { get; set; } = [];

    /// <summary>The zone of the times.</summary>
    /// <value>Default America/New_York.</value>
    public string TimeZone { get; set; } = "America/New_York";

    void IDefaultedOptions.ApplyDefaults()
    {
        if (Times.Count == 0)
        {
            Times = [new(9, 0), new(13, 0), new(17, 0), new(17, 45), new(21, 0)];
        }
    }
}
