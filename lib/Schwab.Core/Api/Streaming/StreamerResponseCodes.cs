namespace Schwab.Core.Api.Streaming;

/// <summary>Streamer response codes (schwab-api.md §4.4).</summary>
public static class StreamerResponseCodes
{
    /// <summary>SUCCESS.</summary>
    public const int Success = 0;

    /// <summary>LOGIN_DENIED: the connection is severed; log in again with a new token.</summary>
    public const int LoginDenied = 3;

    /// <summary>UNKNOWN_FAILURE.</summary>
    public const int UnknownFailure = 9;

    /// <summary>SERVICE_NOT_AVAILABLE.</summary>
    public const int ServiceNotAvailable = 11;

    /// <summary>CLOSE_CONNECTION: maximum connections reached (one streamer connection per user).</summary>
    public const int CloseConnection = 12;

    /// <summary>REACHED_SYMBOL_LIMIT: excess keys were discarded.</summary>
    public const int ReachedSymbolLimit = 19;

    /// <summary>STREAM_CONN_NOT_FOUND: no connection for these ids; log in again.</summary>
    public const int StreamConnectionNotFound = 20;

    /// <summary>BAD_COMMAND_FORMAT.</summary>
    public const int BadCommandFormat = 21;

    /// <summary>FAILED_COMMAND_VIEW (22–25 are SUBS, UNSUBS, ADD, VIEW).</summary>
    public const int FailedCommandView = 25;

    /// <summary>STOP_STREAMING: the connection is severed by Schwab.</summary>
    public const int StopStreaming = 30;

    /// <summary>Whether <paramref name="code"/> is SUCCESS or one of its variants (26–29).</summary>
    public static bool IsSuccess(int code) => code is Success or (>= 26 and <= 29);

    /// <summary>Whether <paramref name="code"/> is BAD_COMMAND_FORMAT or a FAILED_COMMAND_* code (21–25).</summary>
    public static bool IsCommandFailure(int code) => code is >= BadCommandFormat and <= FailedCommandView;
}
