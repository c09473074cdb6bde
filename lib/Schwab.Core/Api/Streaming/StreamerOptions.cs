namespace Schwab.Core.Api.Streaming;

/// <summary>Settings of the Schwab streamer client (configuration section <c>Streamer</c>).</summary>
public sealed class StreamerOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Streamer";

    /// <summary>How long to wait for the ack of SUBS/ADD/UNSUBS/VIEW/LOGOUT.</summary>
    /// <value>Default 10 s; must be positive.</value>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for the LOGIN response.</summary>
    /// <value>Default 15 s; must be positive.</value>
    public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>First reconnect delay; later delays grow exponentially with jitter.</summary>
    /// <value>Default 1 s; must be positive.</value>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect delay.</summary>
    /// <value>Default 60 s; must be at least <see cref="BackoffBase"/>.</value>
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A connection on which nothing at all (heartbeat, data or response) is heard for this long is
    /// treated as dead and replaced. Schwab's heartbeat cadence is ≈10–20 s (schwab-api.md §4.3).
    /// </summary>
    /// <value>Default 60 s; must be positive.</value>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// In session, no <em>data</em> for this long should trigger a reconnect; the stream daemon's
    /// watchdog reads <see cref="StreamerClient.LastDataAt"/> and calls <see cref="StreamerClient.RequestReconnect"/>.
    /// </summary>
    /// <value>Default 30 s; must be positive.</value>
    public TimeSpan NoDataTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>WebSocket keep-alive ping interval.</summary>
    /// <value>Default 20 s; must be positive.</value>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Updates buffered between the socket and a slow consumer before the socket is back-pressured.</summary>
    /// <value>Default 65 536; at least 1.</value>
    public int UpdateBufferCapacity { get; set; } = 65_536;

    /// <summary>Per-service key caps (schwab-api.md §4.4); services not listed use <see cref="DefaultServiceCap"/>.</summary>
    /// <value>Default <c>LEVELONE_OPTIONS</c> 3000, <c>CHART_EQUITY</c> 300; each at least 1.</value>
    public Dictionary<string, int> ServiceCaps { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [StreamerServices.LevelOneOptions] = 3000,
        [StreamerServices.ChartEquity] = 300,
    };

    /// <summary>Key cap for services not in <see cref="ServiceCaps"/>.</summary>
    /// <value>Default 500; at least 1.</value>
    public int DefaultServiceCap { get; set; } = 500;

    /// <summary>The key cap of <paramref name="service"/>.</summary>
    public int CapFor(string service) => ServiceCaps.TryGetValue(service, out int cap) ? cap : DefaultServiceCap;
}
