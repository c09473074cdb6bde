namespace Schwab.Core.Api.Streaming;

/// <summary>Why a streamer connection ended.</summary>
/// <param name="Kind">Reconnect, stop cleanly, or fail.</param>
/// <param name="Reason">One line for the log.</param>
/// <param name="Error">The failure for <see cref="StreamerSessionEndKind.Fatal"/>, or the cause of a drop.</param>
/// <param name="NeedsFreshToken">Schwab denied the token mid-session (code 3): refresh before the next LOGIN.</param>
internal sealed record StreamerSessionEnd(StreamerSessionEndKind Kind, string Reason, StreamerException? Error = null, bool NeedsFreshToken = false)
{
    public static StreamerSessionEnd Dropped(string reason, StreamerException? error = null, bool needsFreshToken = false)
        => new(StreamerSessionEndKind.Dropped, reason, error, needsFreshToken);

    public static StreamerSessionEnd Stopped(string reason) => new(StreamerSessionEndKind.Stopped, reason);

    public static StreamerSessionEnd Fatal(StreamerException error) => new(StreamerSessionEndKind.Fatal, error.Message, error);
}
