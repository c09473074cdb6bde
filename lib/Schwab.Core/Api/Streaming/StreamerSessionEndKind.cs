namespace Schwab.Core.Api.Streaming;

/// <summary>How a streamer connection ended.</summary>
internal enum StreamerSessionEndKind
{
    /// <summary>Lost (drop, abort, code 3/20, silence): reconnect, log in, replay.</summary>
    Dropped,

    /// <summary>Clean stop (code 30, LOGOUT, cancellation): the stream completes.</summary>
    Stopped,

    /// <summary>Must not be retried (code 12): the stream fails with the error.</summary>
    Fatal,
}
