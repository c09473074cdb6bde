using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Schwab.Simulator.Http;

/// <summary>One request as the endpoint handlers see it.</summary>
internal sealed class SimContext(HttpContext http, DateTimeOffset now, string[] segments)
{
    public HttpContext Http { get; } = http;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Decoded path segments, e.g. ["marketdata", "v1", "$SPX", "quotes"].</summary>
    public string[] Segments { get; } = segments;

    public string Method => Http.Request.Method;

    public string Query => Http.Request.QueryString.Value ?? "";

    public string? Get(string name)
    {
        string? value = Http.Request.Query[name];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public bool GetBool(string name, bool fallback) =>
        Get(name) is { } v ? string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) : fallback;

    public int? GetInt(string name) =>
        Get(name) is { } v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) ? i : null;

    public long? GetLong(string name) =>
        Get(name) is { } v && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out long i) ? i : null;
}
