using Schwab.Simulator.Faults;

namespace Schwab.Simulator.Http;

/// <summary>A REST rule as posted to <c>/admin/faults</c> (durations in seconds or milliseconds).</summary>
internal sealed record AdminHttpFault(
    string PathPrefix = "", HttpFaultKind Kind = HttpFaultKind.Status, int StatusCode = 500, double? RetryAfterSeconds = null,
    double LatencyMs = 0, int MaxExpirations = 10, int? Times = null, double? DurationSeconds = null);
