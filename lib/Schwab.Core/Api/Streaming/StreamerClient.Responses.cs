namespace Schwab.Core.Api.Streaming;

public sealed partial class StreamerClient
{
    /// <summary>Turns a command's response code into an ack or a typed error (schwab-api.md §4.4).</summary>
    private StreamerAck Interpret(StreamerResponse response, string command, string service, int keyCount)
    {
        int code = response.Code;
        if (StreamerResponseCodes.IsSuccess(code))
        {
            Log.StreamerCommandAcknowledged(_logger, command, service, code, keyCount);
            return new StreamerAck(false, code, response.Message, null);
        }

        switch (code)
        {
            case StreamerResponseCodes.ReachedSymbolLimit:
                // Schwab kept the first keys up to its cap and discarded the rest; streaming goes on.
                StreamerSymbolLimit limit = StreamerSymbolLimit.Parse(service, response.Message);
                Log.StreamerSymbolLimitReached(_logger, limit.Service, limit.Cap, limit.Discarded);
                SymbolLimitReached?.Invoke(this, new StreamerSymbolLimitEventArgs(limit));
                return new StreamerAck(false, code, response.Message, limit);
            case StreamerResponseCodes.LoginDenied or StreamerResponseCodes.CloseConnection
                or StreamerResponseCodes.StreamConnectionNotFound or StreamerResponseCodes.StopStreaming:
                // The connection is ending; the stream reports why, and the desired state is replayed on the next LOGIN.
                return StreamerAck.Pending;
            case StreamerResponseCodes.ServiceNotAvailable:
                Log.StreamerCommandFailed(_logger, command, service, code, response.Message);
                throw new StreamerException(
                    StreamerErrorKind.ServiceUnavailable, $"{service} is not available or temporarily down (code 11): {response.Message}", code);
            default:
                Log.StreamerCommandFailed(_logger, command, service, code, response.Message);
                StreamerErrorKind kind = StreamerResponseCodes.IsCommandFailure(code) ? StreamerErrorKind.CommandFailed : StreamerErrorKind.UnknownFailure;
                throw new StreamerException(kind, $"{command} {service} failed with code {code}: {response.Message}", code, null, isTransient: false);
        }
    }
}
