using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Api.Http;

/// <summary>
/// The Schwab REST transport (typed <see cref="HttpClient"/>): builds URLs per app, tags requests with the app name
/// for the handlers, converts every failure into <see cref="SchwabApiException"/>. Handler chain (outer → inner):
/// rate limit → standard resilience (total timeout, retry, circuit breaker, attempt timeout) → bearer token → 429 log.
/// </summary>
internal sealed class SchwabHttp(HttpClient http, IOptions<SchwabApiOptions> options)
{
    /// <summary>GETs <paramref name="pathAndQuery"/> and deserializes the JSON body.</summary>
    public async Task<T> GetJsonAsync<T>(string apiName, string pathAndQuery, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendAsync(apiName, HttpMethod.Get, pathAndQuery, null, cancellationToken);
        string endpoint = SchwabRequest.EndpointOf(response.RequestMessage);
        try
        {
            await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken)
                ?? throw new JsonException("the body was the JSON literal null");
        }
        catch (Exception ex) when (ex is JsonException or IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw SchwabResponses.MalformedBody("GET", endpoint, ex);
        }
    }

    /// <summary>GETs and hands the (still streaming) body to <paramref name="read"/>; the response is disposed afterwards.</summary>
    public async Task<T> GetStreamAsync<T>(string apiName, string pathAndQuery, Func<Stream, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendAsync(apiName, HttpMethod.Get, pathAndQuery, null, cancellationToken);
        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await read(body, cancellationToken);
    }

    /// <summary>Sends one request through the pipeline; returns only success responses (headers read, body unread).</summary>
    public async Task<HttpResponseMessage> SendAsync(string apiName, HttpMethod method, string pathAndQuery, HttpContent? content, CancellationToken cancellationToken)
    {
        SchwabAppOptions app = options.Value.GetApp(apiName);
        var request = new HttpRequestMessage(method, new Uri(app.BaseUrl.TrimEnd('/') + pathAndQuery, UriKind.Absolute)) { Content = content };
        request.Options.Set(SchwabRequest.ApiName, app.Name.Length > 0 ? app.Name : apiName);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (SchwabResponses.TranslateFailure(ex, method.Method, SchwabRequest.EndpointOf(request), cancellationToken) is { } translated)
        {
            request.Dispose();
            throw translated;
        }

        try
        {
            await SchwabResponses.EnsureSuccessAsync(response, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
