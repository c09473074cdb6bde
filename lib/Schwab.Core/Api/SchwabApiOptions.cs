namespace Schwab.Core.Api;

/// <summary>Schwab API settings, bound from the <c>Schwab</c> configuration section.</summary>
public sealed class SchwabApiOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Schwab";

    /// <summary>Gets the configured apps keyed by name (case-insensitive), e.g. <c>MAIN_DATA</c>, <c>MAIN_TRADE</c>.</summary>
    public Dictionary<string, SchwabAppOptions> Apps { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the app used for market data (quotes, chains, price history, market hours).</summary>
    /// <value>Defaults to <c>MAIN_DATA</c>.</value>
    public string DataApp { get; set; } = "MAIN_DATA";

    /// <summary>Gets or sets the app used for accounts, orders, transactions and user preference.</summary>
    /// <value>Defaults to <c>MAIN_TRADE</c>; may name the same app as <see cref="DataApp"/>.</value>
    public string TradeApp { get; set; } = "MAIN_TRADE";

    /// <summary>Gets or sets the timeout of one HTTP attempt (until the response headers arrive).</summary>
    /// <value>Defaults to 30 seconds; range 1 second–10 minutes.</value>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the retry and timeout settings.</summary>
    public SchwabResilienceOptions Resilience { get; } = new();

    /// <summary>Returns the app named <paramref name="apiName"/> or throws a one-line error naming the key.</summary>
    /// <param name="apiName">The app name, e.g. <c>MAIN_DATA</c>.</param>
    /// <returns>The app settings.</returns>
    public SchwabAppOptions GetApp(string apiName) =>
        Apps.TryGetValue(apiName, out SchwabAppOptions? app)
            ? app
            : throw new InvalidOperationException($"{SectionName}:Apps:{apiName}: is not configured");
}
