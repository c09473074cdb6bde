namespace Schwab.Simulator.Faults;

/// <summary>What a REST fault does to a matching request.</summary>
public enum HttpFaultKind
{
    /// <summary>Answer with <see cref="HttpFault.StatusCode"/> (429 adds <c>Retry-After</c>) instead of the real response.</summary>
    Status,

    /// <summary>Delay the response by <see cref="HttpFault.Latency"/> (on the simulator clock).</summary>
    Latency,

    /// <summary>Send a 200 whose body is not valid JSON.</summary>
    MalformedBody,

    /// <summary>Announce the full Content-Length, send half the body, then abort the connection.</summary>
    TruncatedBody,

    /// <summary>On <c>/chains</c>, answer the gateway's "Body buffer overflow" 500 when the request spans more than <see cref="HttpFault.MaxExpirations"/> expirations.</summary>
    BodyBufferOverflow,
}
