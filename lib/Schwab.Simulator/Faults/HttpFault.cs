namespace Schwab.Simulator.Faults;

/// <summary>One REST fault rule: requests whose path starts with <see cref="PathPrefix"/> are affected.</summary>
public sealed record HttpFault
{
    /// <summary>Path prefix to match, e.g. <c>/marketdata/v1/chains</c>; empty matches every API path.</summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>What happens.</summary>
    public HttpFaultKind Kind { get; init; } = HttpFaultKind.Status;

    /// <summary>Status for <see cref="HttpFaultKind.Status"/>.</summary>
    /// <value>Default 500.</value>
    public int StatusCode { get; init; } = 500;

    /// <summary>The <c>Retry-After</c> header sent with a 429, or null for none.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Added delay for <see cref="HttpFaultKind.Latency"/>.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Expirations a <c>/chains</c> request may span before <see cref="HttpFaultKind.BodyBufferOverflow"/> fires.</summary>
    /// <value>Default 10.</value>
    public int MaxExpirations { get; init; } = 10;

    /// <summary>How many requests the rule affects before it retires; null = unlimited.</summary>
    public int? Times { get; init; }

    /// <summary>How long (on the simulator clock, from when it is added) the rule stays active; null = until retired by <see cref="Times"/> or cleared.</summary>
    public TimeSpan? Duration { get; init; }
}
