namespace Schwab.Core.Configuration.Daemons;

/// <summary>Settings of <c>schwab-chains</c>, the $SPX option-chain snapshots.</summary>
public sealed class ChainsOptions : IDefaultedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Chains";

    /// <summary>The underlyings whose chains are collected.</summary>
    /// <value>Default <c>$SPX</c>.</value>
    public IList<string> Symbols { get; set; } = [];

    /// <summary>Strikes requested above and below the money (Schwab's <c>strikeCount</c>).</summary>
    /// <value>Default 200; 1 to 1000.</value>
    public int StrikeCount { get; set; } = 200;

    /// <summary>How far before the open and after the close snapshots are still taken.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan SessionPadding { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How late a minute's snapshots may be taken and still count as that minute's market; later ones are logged as late.</summary>
    /// <value>Default 10 seconds.</value>
    public TimeSpan SlotTolerance { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The schedules. A minute that matches several takes one snapshot per schedule, each tagged with its name.</summary>
    /// <value>Default <c>1min</c> DTE 0–0, <c>5min</c> DTE 0–7, <c>30min</c> DTE 8–30.</value>
    public IList<ChainCadence> Cadences { get; set; } = [];

    /// <summary>The widest expiry range fetched in one request before it is split by expiry (Schwab's gateway refuses large bodies).</summary>
    /// <value>Default 31 days; a "Body buffer overflow" answer splits further regardless.</value>
    public int MaxDteSpanPerRequest { get; set; } = 31;

    void IDefaultedOptions.ApplyDefaults()
    {
        if (Symbols.Count == 0)
        {
            Symbols = ["$SPX"];
        }

        if (Cadences.Count == 0)
        {
            Cadences =
            [
                new() { Name = "1min", Every = TimeSpan.FromMinutes(1), MinDte = 0, MaxDte = 0 },
                new() { Name = "5min", Every = TimeSpan.FromMinutes(5), MinDte = 0, MaxDte = 7 },
                new() { Name = "30min", Every = TimeSpan.FromMinutes(30), MinDte = 8, MaxDte = 30 },
            ];
        }
    }
}
