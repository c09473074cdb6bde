namespace Schwab.Core.Api.Streaming;

/// <summary>What went wrong in a <see cref="StreamerException"/>.</summary>
public enum StreamerErrorKind
{
    /// <summary>The WebSocket could not be opened.</summary>
    ConnectionFailed,

    /// <summary>The connection was aborted, closed with a non-normal status, or lost before an answer arrived.</summary>
    ConnectionLost,

    /// <summary>An awaited answer (LOGIN or command ack) did not arrive in time.</summary>
    Timeout,

    /// <summary>LOGIN was denied (code 3) even with a freshly refreshed access token.</summary>
    LoginDenied,

    /// <summary>Another streamer connection is open for this Schwab login (code 12).</summary>
    ConnectionLimit,

    /// <summary>The service is not available or temporarily down (code 11).</summary>
    ServiceUnavailable,

    /// <summary>A command was rejected (codes 21–25).</summary>
    CommandFailed,

    /// <summary>Schwab reported an unknown failure (code 9) or answered in an unexpected way.</summary>
    UnknownFailure,

    /// <summary>The request would exceed the configured per-service key cap.</summary>
    SymbolLimit,
}
