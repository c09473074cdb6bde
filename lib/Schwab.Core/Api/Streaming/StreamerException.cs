namespace Schwab.Core.Api.Streaming;

/// <summary>
/// The one exception type the streamer client throws. Messages never contain tokens. It is a
/// <see cref="SchwabApiException"/> so one exception type crosses the client boundary; its
/// <see cref="IsTransient"/> follows <see cref="Kind"/> rather than an HTTP status.
/// </summary>
public sealed class StreamerException : SchwabApiException
{
    /// <summary>Creates an exception of the given kind.</summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="message">One line, naming the service/command and Schwab's text; never a token.</param>
    /// <param name="responseCode">Schwab's response code, when there is one.</param>
    /// <param name="innerException">The cause.</param>
    /// <param name="isTransient">Overrides the default of <see cref="IsTransient"/> for <paramref name="kind"/>.</param>
    public StreamerException(StreamerErrorKind kind, string message, int? responseCode = null, Exception? innerException = null, bool? isTransient = null)
        : base(message, innerException)
    {
        Kind = kind;
        IsTimeout = kind == StreamerErrorKind.Timeout;
        ResponseCode = responseCode;
        _isTransient = isTransient ?? kind is StreamerErrorKind.ConnectionFailed or StreamerErrorKind.ConnectionLost
            or StreamerErrorKind.Timeout or StreamerErrorKind.UnknownFailure;
    }

    /// <summary>Creates an <see cref="StreamerErrorKind.UnknownFailure"/> exception.</summary>
    public StreamerException()
        : this(StreamerErrorKind.UnknownFailure, "Streamer failure")
    {
    }

    /// <summary>Creates an <see cref="StreamerErrorKind.UnknownFailure"/> exception with a message.</summary>
    public StreamerException(string message)
        : this(StreamerErrorKind.UnknownFailure, message)
    {
    }

    /// <summary>Creates an <see cref="StreamerErrorKind.UnknownFailure"/> exception with a message and cause.</summary>
    public StreamerException(string message, Exception innerException)
        : this(StreamerErrorKind.UnknownFailure, message, null, innerException)
    {
    }

    private readonly bool _isTransient;

    /// <summary>What went wrong.</summary>
    public StreamerErrorKind Kind { get; }

    /// <summary>The Schwab streamer response code (§4.4), when the error came from one.</summary>
    public int? ResponseCode { get; }

    /// <summary>
    /// Whether reconnecting (with back-off) can cure it: by default lost or failed connections, timeouts and
    /// unknown failures, plus a first login denial (retried with a fresh token). A connection limit, a final
    /// login denial or a rejected command are not transient.
    /// </summary>
    public override bool IsTransient => _isTransient;
}
