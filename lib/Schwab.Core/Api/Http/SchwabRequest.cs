namespace Schwab.Core.Api.Http;

/// <summary>Per-request facts the handlers read: which app the request belongs to.</summary>
internal static class SchwabRequest
{
    public static readonly HttpRequestOptionsKey<string> ApiName = new("Schwab.ApiName");

    public static string GetApiName(HttpRequestMessage request) =>
        request.Options.TryGetValue(ApiName, out string? name)
            ? name
            : throw new InvalidOperationException("A Schwab request must name its app (SchwabRequest.ApiName).");

    /// <summary>The path without the query string: safe to log and to put in exception messages.</summary>
    public static string EndpointOf(HttpRequestMessage? request) => request?.RequestUri?.AbsolutePath ?? "(unknown)";

    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
