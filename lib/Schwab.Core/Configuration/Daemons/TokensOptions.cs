namespace Schwab.Core.Configuration.Daemons;

/// <summary>Settings of <c>schwab-tokens</c>, the only daemon that calls Schwab's token endpoint.</summary>
public sealed class TokensOptions : IDefaultedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Tokens";

    /// <summary>How long before the access token expires it is refreshed.</summary>
    /// <value>Default 5 minutes; must be positive and shorter than the 30-minute access-token lifetime.</value>
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most random delay added to each refresh, so several apps do not refresh in lock-step.</summary>
    /// <value>Default 30 seconds; zero or more.</value>
    public TimeSpan RefreshJitter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the daemon re-reads the token rows (to pick up tokens written by <c>schwabctl auth</c>).</summary>
    /// <value>Default 30 seconds; must be positive.</value>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a refresh token lives from the original authorization.</summary>
    /// <value>Default 7 days (Schwab's fixed lifetime).</value>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Test switch: the work loop stops turning after start, so the systemd watchdog must restart the daemon. Never set it in production.</summary>
    /// <value>Default false.</value>
    public bool FreezeWorkLoopForTests { get; set; }

    /// <summary>How long before the refresh token runs out a warning is logged, alerted and shown in STATUS.</summary>
    /// <value>Default 24 hours and 2 hours (applied when the list is empty: the binder appends to lists, so defaults live here).</value>
    public IList<TimeSpan> RefreshTokenWarnings { get; set; } = [];

    void IDefaultedOptions.ApplyDefaults()
    {
        if (RefreshTokenWarnings.Count == 0)
        {
            RefreshTokenWarnings = [TimeSpan.FromHours(24), TimeSpan.FromHours(2)];
        }
    }
}
