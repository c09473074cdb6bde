namespace Schwab.Core.Configuration.Daemons;

/// <summary>Settings of <c>schwab-stream</c>, level-one quotes for the underlyings and their 0DTE options.</summary>
public sealed class StreamOptions : IDefaultedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Stream";

    /// <summary>The underlyings subscribed on LEVELONE_EQUITIES.</summary>
    /// <value>Default <c>$SPX</c>.</value>
    public IList<string> Underlyings { get; set; } = [];

    /// <summary>The option root whose same-day contracts are subscribed.</summary>
    /// <value>Default <c>SPXW</c>.</value>
    public string OptionRoot { get; set; } = "SPXW";

    /// <summary>How far above and below spot option strikes are subscribed, in index points.</summary>
    /// <value>Default 100.</value>
    public decimal Range { get; set; } = 100m;

    /// <summary>The strike step, in index points.</summary>
    /// <value>Default 5.</value>
    public decimal Step { get; set; } = 5m;

    /// <summary>How far spot may drift from the window's centre before it is re-centred with ADD/UNSUBS.</summary>
    /// <value>Default 30.</value>
    public decimal AdjustThreshold { get; set; } = 30m;

    /// <summary>LEVELONE_EQUITIES fields (schwab-api.md §4.6).</summary>
    /// <value>Default bid, ask, last, sizes, volume, last size, high, low, close, open, net change, mark, quote and trade times.</value>
    public string EquityFields { get; set; } = "0,1,2,3,4,5,8,9,10,11,12,17,18,33,34,35";

    /// <summary>LEVELONE_OPTIONS fields (schwab-api.md §4.6).</summary>
    /// <value>Default bid, ask, last, sizes, volume, open interest, volatility, greeks, mark, quote and trade times, underlying price.</value>
    public string OptionFields { get; set; } = "0,2,3,4,8,9,10,16,17,18,19,20,28,29,30,31,32,35,37,38,39";

    /// <summary>How long before the regular open streaming starts.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan StartBeforeOpen { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after the close streaming stops.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan StopAfterClose { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most rows written in one transaction.</summary>
    /// <value>Default 5000.</value>
    public int BatchSize { get; set; } = 5000;

    /// <summary>The longest a received row waits before its batch is written.</summary>
    /// <value>Default 250 milliseconds.</value>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Rows held in memory while the database is slow, before they go to the spill file.</summary>
    /// <value>Default 200,000.</value>
    public int BufferCapacity { get; set; } = 200_000;

    /// <summary>The folder of the append-only spill file; relative paths are under the state directory.</summary>
    /// <value>Default <c>spill</c>.</value>
    public string SpillDirectory { get; set; } = "spill";

    /// <summary>In session, how long without any data or heartbeat before the connection is replaced.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan NoDataTimeout { get; set; } = TimeSpan.FromSeconds(30);

    void IDefaultedOptions.ApplyDefaults()
    {
        if (Underlyings.Count == 0)
        {
            Underlyings = ["$SPX"];
        }
    }
}
