using System.Net;
using System.Text;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Schwab.Core.Api.Http;

/// <summary>
/// The one place where HTTP outcomes become <see cref="SchwabApiException"/>: every non-success response
/// (<see cref="EnsureSuccessAsync"/>) and every transport failure (<see cref="TranslateFailure"/>).
/// </summary>
internal static class SchwabResponses
{
    public const string CorrelationHeader = "Schwab-Client-CorrelId";
    private const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>Returns when the response is a success; otherwise reads the error body and throws.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string? body = await ReadErrorBodyAsync(response, cancellationToken);
        SchwabErrorBody.Parsed error = SchwabErrorBody.Parse(body);
        throw FromResponse(response, error);
    }

    public static SchwabApiException FromResponse(HttpResponseMessage response, SchwabErrorBody.Parsed error)
    {
        HttpRequestMessage? request = response.RequestMessage;
        string endpoint = SchwabRequest.EndpointOf(request);
        string? correlationId = CorrelationId(response);
        var message = new StringBuilder()
            .Append("Schwab API ").Append(request?.Method.Method ?? "?").Append(' ').Append(endpoint).Append(" failed: ")
            .Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase ?? response.StatusCode.ToString());
        if (error.Text is not null)
        {
            message.Append(": ").Append(error.Text);
        }

        if (correlationId is not null)
        {
            message.Append(" (correlation id ").Append(correlationId).Append(')');
        }

        return new SchwabApiException(message.ToString())
        {
            StatusCode = response.StatusCode,
            ErrorText = error.Text,
            ErrorCode = error.NestedCode ?? error.Code,
            CorrelationId = correlationId,
            Endpoint = endpoint,
        };
    }

    /// <summary>
    /// Maps a transport failure to <see cref="SchwabApiException"/>, or returns <see langword="null"/> to rethrow as is
    /// (caller cancellation, or an exception that already is a <see cref="SchwabApiException"/>).
    /// </summary>
    public static SchwabApiException? TranslateFailure(Exception ex, string method, string endpoint, CancellationToken cancellationToken)
    {
        string prefix = $"Schwab API {method} {endpoint}";
        return ex switch
        {
            SchwabApiException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            TimeoutRejectedException or OperationCanceledException or TimeoutException =>
                new SchwabApiException($"{prefix} timed out", ex) { Endpoint = endpoint, IsTimeout = true },
            BrokenCircuitException =>
                new SchwabApiException($"{prefix} not sent: too many recent failures (circuit open)", ex) { Endpoint = endpoint },
            RateLimiterRejectedException =>
                new SchwabApiException($"{prefix} not sent: too many concurrent requests", ex) { Endpoint = endpoint },
            HttpRequestException http =>
                new SchwabApiException($"{prefix} failed: {http.HttpRequestError}: {http.Message}", ex) { Endpoint = endpoint, StatusCode = http.StatusCode },
            _ => null,
        };
    }

    public static SchwabApiException MalformedBody(string method, string endpoint, Exception inner) =>
        new($"Malformed response body from {method} {endpoint}: {inner.Message}", inner) { Endpoint = endpoint, IsMalformedBody = true };

    public static string? CorrelationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;

    private static async Task<string?> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            byte[] buffer = new byte[MaxErrorBodyBytes];
            int total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            {
                total += read;
            }

            return Encoding.UTF8.GetString(buffer, 0, total);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return null;
        }
    }
}
