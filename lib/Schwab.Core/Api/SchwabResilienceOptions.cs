namespace Schwab.Core.Api;

/// <summary>Retry and timeout settings for Schwab REST calls, bound from <c>Schwab:Resilience</c>.</summary>
/// <remarks>Only GET/HEAD/OPTIONS are ever retried; POST, PUT, PATCH and DELETE are sent once.</remarks>
public sealed class SchwabResilienceOptions
{
    /// <summary>Gets or sets how many times a failed idempotent request is retried (429, 5xx, 408, timeouts, network errors).</summary>
    /// <value>Defaults to 3; range 0–10.</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first back-off delay; later delays grow exponentially with jitter.</summary>
    /// <value>Defaults to 2 seconds; range 1 ms–1 minute.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the largest delay between two attempts, also the cap on an honoured <c>Retry-After</c>.</summary>
    /// <value>Defaults to 60 seconds; range 1 second–10 minutes.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the budget for one call including every retry and wait.</summary>
    /// <value>Defaults to 3 minutes; must exceed <see cref="SchwabApiOptions.RequestTimeout"/>.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
