using Schwab.Core.Hosting;

namespace Schwab.Core.Configuration;

/// <summary>
/// Thresholds of <c>schwabctl health</c>: how old a heartbeat, a dataset or a token may get before it is a
/// warning or critical. Quotes and chains are judged only while the regular session is open (per the stored calendar).
/// </summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Health";

    /// <summary>Whether unit states (<c>systemctl show</c>) and journal counts (<c>journalctl</c>) are checked when systemd runs.</summary>
    /// <value>Default true; false when health runs on another machine than the daemons (against a shared SQL Server).</value>
    public bool Systemd { get; set; } = true;

    /// <summary>A daemon's heartbeat older than this is a warning.</summary>
    /// <value>Default 90 seconds (three heartbeat intervals).</value>
    public TimeSpan HeartbeatWarning { get; set; } = HeartbeatWorker.Interval * 3;

    /// <summary>A daemon's heartbeat older than this is critical.</summary>
    /// <value>Default 5 minutes (ten heartbeat intervals); more than <see cref="HeartbeatWarning"/>.</value>
    public TimeSpan HeartbeatCritical { get; set; } = HeartbeatWorker.Interval * 10;

    /// <summary>During the regular session, no new <c>streaming_data</c> row for this long is a warning.</summary>
    /// <value>Default 2 minutes (the stream's no-data watchdog reconnects after 30 seconds).</value>
    public TimeSpan QuotesWarning { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>During the regular session, no new <c>streaming_data</c> row for this long is critical.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan QuotesCritical { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>During the regular session, no new <c>SPX_CHAIN</c> snapshot for this long is a warning.</summary>
    /// <value>Default 3 minutes (snapshots come every minute).</value>
    public TimeSpan ChainsWarning { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>During the regular session, no new <c>SPX_CHAIN</c> snapshot for this long is critical.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan ChainsCritical { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A symbol whose newest minute candle is older than this is a warning.</summary>
    /// <value>Default 5 days (covers a long weekend between two <c>schwab-ohlc</c> runs).</value>
    public TimeSpan MinuteCandlesWarning { get; set; } = TimeSpan.FromDays(5);

    /// <summary>A symbol whose newest daily candle is older than this is a warning.</summary>
    /// <value>Default 6 days.</value>
    public TimeSpan DayCandlesWarning { get; set; } = TimeSpan.FromDays(6);

    /// <summary><c>schwab-transactions</c> without a successful poll for this long is a warning (no new orders is normal, so its last success is what counts).</summary>
    /// <value>Default 5 minutes (it polls every 10 seconds in session, every 60 outside).</value>
    public TimeSpan OrdersWarning { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary><c>schwab-transactions</c> without a successful poll for this long is critical.</summary>
    /// <value>Default 30 minutes.</value>
    public TimeSpan OrdersCritical { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after a scheduled balances time its snapshot may still be missing before it is a warning.</summary>
    /// <value>Default 20 minutes (the daemon retries a failed snapshot for 15).</value>
    public TimeSpan BalancesGrace { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>A refresh token with less than this left is a warning (weekly re-authentication is due soon).</summary>
    /// <value>Default 24 hours.</value>
    public TimeSpan RefreshTokenWarning { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A refresh token with less than this left (or none) is critical.</summary>
    /// <value>Default 2 hours; less than <see cref="RefreshTokenWarning"/>.</value>
    public TimeSpan RefreshTokenCritical { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How far back the journal is counted.</summary>
    /// <value>Default 1 hour.</value>
    public TimeSpan JournalWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>This many error entries (priority 3 or more urgent) of <c>schwab-*</c> units in <see cref="JournalWindow"/> is a warning.</summary>
    /// <value>Default 1.</value>
    public int JournalErrorsWarning { get; set; } = 1;

    /// <summary>This many HTTP 429 responses logged in <see cref="JournalWindow"/> is a warning.</summary>
    /// <value>Default 10.</value>
    public int Journal429Warning { get; set; } = 10;
}
