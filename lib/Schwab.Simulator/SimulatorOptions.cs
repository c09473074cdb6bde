using Microsoft.Extensions.Logging;

namespace Schwab.Simulator;

/// <summary>How a <see cref="SchwabSimulator"/> is started.</summary>
public sealed class SimulatorOptions
{
    /// <summary>TCP port on 127.0.0.1.</summary>
    /// <value>Default 0: an ephemeral port, reported by <see cref="SchwabSimulator.BaseUrl"/>.</value>
    public int Port { get; set; }

    /// <summary>Seed of the deterministic market.</summary>
    /// <value>Default 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>The simulator's clock: token lifetimes, order lifecycle, prices and streamer ticks all read it.</summary>
    /// <value>Default <see cref="TimeProvider.System"/>; tests pass a FakeTimeProvider, <c>simulate --speed</c> an <see cref="AcceleratedTimeProvider"/>.</value>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The app key the OAuth endpoints accept.</summary>
    /// <value>Default a fixed 32-character key.</value>
    public string ClientId { get; set; } = "SIMULATORAPPKEY00000000000000001";

    /// <summary>The app secret the token endpoint accepts.</summary>
    /// <value>Default a fixed 16-character secret.</value>
    public string ClientSecret { get; set; } = "SIMULATORSECRET1";

    /// <summary>Further apps (key → secret) accepted besides <see cref="ClientId"/>, e.g. a separate trading app.</summary>
    public IDictionary<string, string> AdditionalClients { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The registered callback URL; <c>redirect_uri</c> must equal it exactly.</summary>
    /// <value>Default <c>https://127.0.0.1</c>.</value>
    public string RedirectUri { get; set; } = "https://127.0.0.1";

    /// <summary>Access-token lifetime (<c>expires_in</c>).</summary>
    /// <value>Default 30 minutes.</value>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Refresh-token lifetime from the original authorization; refreshing does not extend it.</summary>
    /// <value>Default 7 days.</value>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long an authorization code can be exchanged.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan AuthCodeLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Lay "today" as a trading day whose regular session wraps the start time (open −1 h, close +6 h).</summary>
    /// <value>Default false: the plain NYSE calendar.</value>
    public bool DemoCalendar { get; set; }

    /// <summary>Gzip bodies when the client sends <c>Accept-Encoding: gzip</c>, as Schwab does.</summary>
    /// <value>Default true.</value>
    public bool GzipResponses { get; set; } = true;

    /// <summary>Interval between streamer data ticks; each tick sends the changes of every subscribed key.</summary>
    /// <value>Default 250 ms (4 updates per second per symbol at speed 1).</value>
    public TimeSpan StreamTickInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Interval between streamer heartbeats.</summary>
    /// <value>Default 10 seconds.</value>
    public TimeSpan StreamHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a logged-in streamer connection may have no subscriptions before code 30 closes it.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan StreamEmptySubscriptionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per-service symbol caps (code 19 beyond them); services not listed use <see cref="DefaultSymbolCap"/>.</summary>
    public IDictionary<string, int> SymbolCaps { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["LEVELONE_OPTIONS"] = 3000,
        ["CHART_EQUITY"] = 300,
    };

    /// <summary>Symbol cap of services absent from <see cref="SymbolCaps"/>.</summary>
    /// <value>Default 500.</value>
    public int DefaultSymbolCap { get; set; } = 500;

    /// <summary>Record every stream update sent with its merged state (turn off for high-rate benchmarks).</summary>
    /// <value>Default true.</value>
    public bool RecordStreamUpdates { get; set; } = true;

    /// <summary>Where the simulator's own log lines go.</summary>
    /// <value>Default null: no logging.</value>
    public ILoggerFactory? LoggerFactory { get; set; }
}
