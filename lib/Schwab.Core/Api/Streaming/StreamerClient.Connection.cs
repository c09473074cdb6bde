using System.Text.Json;
using System.Threading.Channels;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Streaming;

public sealed partial class StreamerClient
{
    private async Task RunAsync(ChannelWriter<LevelOneUpdate> writer, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            while (true)
            {
                StreamerSession session = await _pipeline.ExecuteAsync(static (client, token) => client.EstablishAsync(token), this, cancellationToken);
                StreamerSessionEnd end;
                try
                {
                    end = await session.Completion.WaitAsync(cancellationToken);
                }
                finally
                {
                    // Busy from the end of a connection until the next connect attempt starts or the consumer has seen the end.
                    EnterEnding();
                    _session = null;
                    await session.DisposeAsync();
                    ActivityChanged?.Invoke(this, EventArgs.Empty);
                }

                if (end.Kind == StreamerSessionEndKind.Stopped)
                {
                    Log.StreamerStopped(_logger, end.Reason);
                    break;
                }

                if (end.Kind == StreamerSessionEndKind.Fatal)
                {
                    throw end.Error!;
                }

                _forceRefresh |= end.NeedsFreshToken;
                Log.StreamerConnectionLost(_logger, end.Reason, end.Error);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The consumer stopped reading: a normal end.
        }
        catch (Exception ex)
        {
            failure = ex;
            if (ex is StreamerException { Kind: StreamerErrorKind.ConnectionLimit })
            {
                Log.StreamerConnectionLimit(_logger, ex);
            }
            else
            {
                Log.StreamerFailed(_logger, ex);
            }
        }
        finally
        {
            // Busy until the consumer has seen the end (StreamAsync's finally), so no one mistakes "over" for "streaming".
            EnterEnding();
            writer.TryComplete(failure);
        }
    }

    /// <summary>One connect attempt: credentials, token, connect, LOGIN (awaited), replay. Run inside the pipeline.</summary>
    private async ValueTask<StreamerSession> EstablishAsync(CancellationToken cancellationToken)
    {
        EnterBusy();
        ExitEnding();
        try
        {
            return await EstablishCoreAsync(cancellationToken);
        }
        finally
        {
            ExitBusy();
        }
    }

    private async ValueTask<StreamerSession> EstablishCoreAsync(CancellationToken cancellationToken)
    {
        StreamerCredentials credentials = await _credentials.GetCredentialsAsync(cancellationToken);
        bool freshToken = _forceRefresh;
        string token = await _credentials.GetAccessTokenAsync(freshToken, cancellationToken);
        Log.StreamerConnecting(_logger, credentials.SocketUrl.Host);
        var session = new StreamerSession(_connections.Create(), credentials, _options, _time, _activity, OnDataAsync, _logger);
        bool established = false;
        try
        {
            await session.ConnectAsync(cancellationToken);
            StreamerResponse login = await session.LoginAsync(token, cancellationToken);
            ThrowIfLoginFailed(login, freshToken);
            _forceRefresh = false;
            Log.StreamerLoggedIn(_logger, session.Entitlement);
            await _commandLock.WaitAsync(cancellationToken);
            try
            {
                await ReplayAsync(session, cancellationToken);
                _session = session;
            }
            finally
            {
                _commandLock.Release();
            }

            established = true;
            return session;
        }
        catch (StreamerException ex) when (ex.Kind == StreamerErrorKind.ConnectionLost && session.Completion.IsCompletedSuccessfully)
        {
            // A notice ended the connection before LOGIN/replay finished: code 12 must not be retried, code 3 needs a fresh token.
            StreamerSessionEnd end = session.Completion.Result;
            _forceRefresh |= end.NeedsFreshToken;
            throw end.Kind == StreamerSessionEndKind.Fatal ? end.Error! : ex;
        }
        finally
        {
            if (!established)
            {
                await session.DisposeAsync();
            }
        }
    }

    private void ThrowIfLoginFailed(StreamerResponse login, bool freshToken)
    {
        switch (login.Code)
        {
            case int code when StreamerResponseCodes.IsSuccess(code):
                return;
            case StreamerResponseCodes.LoginDenied when !freshToken:
                // Code 3: the token is invalid or expired; get a fresh one and log in on a new connection.
                _forceRefresh = true;
                Log.StreamerLoginDenied(_logger, login.Message);
                throw new StreamerException(StreamerErrorKind.LoginDenied, $"Streamer login denied (code 3): {login.Message}", 3, null, isTransient: true);
            case StreamerResponseCodes.LoginDenied:
                throw new StreamerException(
                    StreamerErrorKind.LoginDenied,
                    $"Streamer login denied (code 3) even with a freshly refreshed access token: {login.Message}; re-authentication may be required (schwabctl auth)",
                    3);
            case StreamerResponseCodes.CloseConnection:
                throw StreamerSession.ConnectionLimitError(login.Message);
            default:
                throw new StreamerException(StreamerErrorKind.UnknownFailure, $"Streamer LOGIN failed with code {login.Code}: {login.Message}", login.Code);
        }
    }

    private async Task ReplayAsync(StreamerSession session, CancellationToken cancellationToken)
    {
        IReadOnlyList<StreamerSubscription> subscriptions = _desired.Snapshot();
        int keys = 0;
        foreach (StreamerSubscription subscription in subscriptions)
        {
            StreamerResponse response = await session.SendCommandAsync(
                subscription.Service, StreamerCommands.Subs, subscription.KeysParameter, subscription.FieldsParameter, cancellationToken);
            try
            {
                Interpret(response, StreamerCommands.Subs, subscription.Service, subscription.Keys.Length);
                keys += subscription.Keys.Length;
            }
            catch (StreamerException ex) when (!ex.IsTransient)
            {
                // Interpret logged it; one refused service must not keep the others from streaming.
            }
        }

        if (subscriptions.Count > 0)
        {
            Log.StreamerSubscriptionsReplayed(_logger, subscriptions.Count, keys);
        }
    }

    private async ValueTask OnDataAsync(JsonElement item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        string? service = StreamerResponse.ReadString(item, "service");
        LevelOneFieldMap? map = LevelOneFieldMap.For(service);
        ChannelWriter<LevelOneUpdate>? writer = _updates;
        if (map is null || writer is null)
        {
            Log.StreamerDataIgnored(_logger, service);
            return;
        }

        if (!item.TryGetProperty("content", out JsonElement content) || content.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        DateTimeOffset? serverTime = item.TryGetProperty("timestamp", out JsonElement stamp) && stamp.ValueKind == JsonValueKind.Number && stamp.TryGetInt64(out long ms)
            ? Sentinels.EpochMilliseconds(ms)
            : null;
        foreach (JsonElement entry in content.EnumerateArray())
        {
            LevelOneUpdate? update = Merge(entry, map, receivedAt, serverTime);
            if (update is not null)
            {
                _activity.Data(receivedAt);
                await writer.WriteAsync(update, cancellationToken);
            }
        }
    }

    private LevelOneUpdate? Merge(JsonElement entry, LevelOneFieldMap map, DateTimeOffset receivedAt, DateTimeOffset? serverTime)
        => _reader.TryRead(entry, map, out string key, out ReadOnlySpan<LevelOneFieldChange> changes, out LevelOneExtras extras)
            ? _cache.Merge(map, key, changes, extras, receivedAt, serverTime)
            : null;
}
