using System.Text.Json;

namespace Schwab.Core.Api.Streaming;

internal sealed partial class StreamerSession
{
    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var silence = new CancellationTokenSource(options.HeartbeatTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, silence.Token);
        StreamerSessionEnd end;
        try
        {
            end = await ReceiveUntilEndAsync(silence, linked.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            end = _abortEnd ?? StreamerSessionEnd.Stopped("Cancelled");
        }
        catch (OperationCanceledException) when (silence.IsCancellationRequested)
        {
            end = StreamerSessionEnd.Dropped(
                $"Nothing heard from the streamer for {options.HeartbeatTimeout}",
                new StreamerException(StreamerErrorKind.Timeout, $"No heartbeat, data or response for {options.HeartbeatTimeout}"));
        }
        catch (StreamerException ex)
        {
            end = _logoutRequested ? StreamerSessionEnd.Stopped("Logged out") : StreamerSessionEnd.Dropped(ex.Message, ex);
        }

        Finish(end);
    }

    private async Task<StreamerSessionEnd> ReceiveUntilEndAsync(CancellationTokenSource silence, CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadOnlyMemory<byte>? frame = await socket.ReceiveMessageAsync(cancellationToken);
            if (frame is null)
            {
                return _logoutRequested
                    ? StreamerSessionEnd.Stopped("Logged out")
                    : StreamerSessionEnd.Dropped("The streamer closed the connection", new StreamerException(StreamerErrorKind.ConnectionLost, "The streamer closed the connection"));
            }

            // A consumer applying back-pressure must not look like a silent server.
            silence.CancelAfter(Timeout.InfiniteTimeSpan);
            DateTimeOffset receivedAt = time.GetUtcNow();
            activity.Heard(receivedAt);
            StreamerSessionEnd? end = await HandleFrameAsync(frame.Value, receivedAt, cancellationToken);
            if (end is not null)
            {
                return end;
            }

            silence.CancelAfter(options.HeartbeatTimeout);
        }
    }

    private async ValueTask<StreamerSessionEnd?> HandleFrameAsync(ReadOnlyMemory<byte> frame, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(frame);
        }
        catch (JsonException ex)
        {
            Log.StreamerMalformedFrame(logger, frame.Length, ex);
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            StreamerSessionEnd? end = null;
            foreach (JsonProperty section in document.RootElement.EnumerateObject())
            {
                if (section.Value.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (JsonElement item in section.Value.EnumerateArray())
                {
                    end ??= section.Name switch
                    {
                        "response" => OnResponse(StreamerResponse.From(item)),
                        "notify" => item.TryGetProperty("heartbeat", out _) ? null : OnNotice(StreamerResponse.From(item)),
                        "data" => await DataAsync(item, receivedAt, cancellationToken),
                        _ => null,
                    };
                }
            }

            return end;
        }
    }

    private async ValueTask<StreamerSessionEnd?> DataAsync(JsonElement item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        await onData(item, receivedAt, cancellationToken);
        return null;
    }

    private StreamerSessionEnd? OnResponse(StreamerResponse response)
    {
        if (response.RequestId is not null && _pending.TryGetValue(response.RequestId, out TaskCompletionSource<StreamerResponse>? answer))
        {
            answer.TrySetResult(response);
        }
        else
        {
            Log.StreamerUnmatchedResponse(logger, response.Command, response.Service, response.RequestId, response.Code);
        }

        return EndFor(response);
    }

    private StreamerSessionEnd? OnNotice(StreamerResponse notice)
    {
        Log.StreamerNotice(logger, notice.Service, notice.Code, notice.Message);
        return EndFor(notice);
    }

    /// <summary>The codes that sever the connection (schwab-api.md §4.4).</summary>
    private static StreamerSessionEnd? EndFor(StreamerResponse response) => response.Code switch
    {
        StreamerResponseCodes.LoginDenied => StreamerSessionEnd.Dropped(
            $"Login denied (code 3): {response.Message}",
            new StreamerException(StreamerErrorKind.LoginDenied, $"Streamer login denied (code 3): {response.Message}", 3, null, isTransient: true),
            needsFreshToken: true),
        StreamerResponseCodes.CloseConnection => StreamerSessionEnd.Fatal(ConnectionLimitError(response.Message)),
        StreamerResponseCodes.StreamConnectionNotFound => StreamerSessionEnd.Dropped(
            $"Stream connection not found (code 20): {response.Message}",
            new StreamerException(StreamerErrorKind.ConnectionLost, $"Stream connection not found (code 20): {response.Message}", 20)),
        StreamerResponseCodes.StopStreaming => StreamerSessionEnd.Stopped($"Schwab stopped streaming (code 30): {response.Message}"),
        _ => null,
    };

    internal static StreamerException ConnectionLimitError(string? message) => new(
        StreamerErrorKind.ConnectionLimit,
        $"Another streamer connection is open for this Schwab login (code 12: {message}); Schwab allows one per user: close the other client before starting again",
        StreamerResponseCodes.CloseConnection);

    private void Finish(StreamerSessionEnd end)
    {
        _loggedIn = false;
        _end.TrySetResult(end);
        var lost = new StreamerException(StreamerErrorKind.ConnectionLost, $"Streamer connection ended before the answer: {end.Reason}", end.Error?.ResponseCode, end.Error);
        foreach (TaskCompletionSource<StreamerResponse> answer in _pending.Values)
        {
            answer.TrySetException(lost);
        }
    }
}
