using System.Net;

namespace Schwab.Core.Api;

/// <summary>
/// The one exception that crosses the Schwab client boundary: a non-success response, a timeout, a network failure,
/// or a malformed body. Messages never contain tokens, secrets or query strings.
/// </summary>
/// <remarks>
/// A timeout is reported as <see cref="IsTimeout"/> = <see langword="true"/> only when the caller's token was not
/// cancelled; caller cancellation always surfaces as <see cref="OperationCanceledException"/>.
/// </remarks>
public class SchwabApiException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SchwabApiException"/> class.</summary>
    public SchwabApiException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SchwabApiException"/> class.</summary>
    /// <param name="message">The message.</param>
    public SchwabApiException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SchwabApiException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SchwabApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status, or <see langword="null"/> when no response was received (timeout, network, parse).</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>Gets Schwab's error text (detail, message, error_description or faultstring), if any.</summary>
    public string? ErrorText { get; init; }

    /// <summary>Gets Schwab's machine-readable error code (OAuth <c>error</c>, gateway <c>errorcode</c>), if any.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the <c>Schwab-Client-CorrelId</c> response header, if present.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Gets the request path without the query string, e.g. <c>/marketdata/v1/chains</c>.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Gets a value indicating whether the call timed out (and the caller had not cancelled).</summary>
    public bool IsTimeout { get; init; }

    /// <summary>Gets a value indicating whether the response body was malformed or truncated.</summary>
    public bool IsMalformedBody { get; init; }

    /// <summary>Gets a value indicating whether the gateway refused a too-large body ("Body buffer overflow"); narrow the request.</summary>
    public bool IsBodyBufferOverflow => ErrorCode == "protocol.http.TooBigBody" || ErrorText == "Body buffer overflow";

    /// <summary>
    /// Gets a value indicating whether retrying later may succeed: 429, 5xx, timeouts, network failures, an open circuit,
    /// and malformed or truncated bodies (the next call usually gets a whole one). Never true for
    /// <see cref="ReauthenticationRequiredException"/>: only a human helps there.
    /// </summary>
    public virtual bool IsTransient => this is not ReauthenticationRequiredException
        && (StatusCode is null || StatusCode == HttpStatusCode.TooManyRequests || (int?)StatusCode >= 500);
}
