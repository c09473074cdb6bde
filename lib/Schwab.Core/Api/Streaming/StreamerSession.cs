using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// One streamer connection: connect, LOGIN, commands awaiting their acks (each with a timeout), and the
/// receive loop that routes responses, notifications and data. Ends exactly once (<see cref="Completion"/>).
/// </summary>
internal sealed partial class StreamerSession(
    IWebSocketConnection socket,
    StreamerCredentials credentials,
    StreamerOptions options,
    TimeProvider time,
    StreamerActivity activity,
    Func<JsonElement, DateTimeOffset, CancellationToken, ValueTask> onData,
    ILogger logger) : IAsyncDisposable
{
    private readonly StreamerRequestWriter _requests = new(credentials);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamerResponse>> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<StreamerSessionEnd> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiveLoop = Task.CompletedTask;
    private StreamerSessionEnd? _abortEnd;
    private int _nextRequestId;
    private volatile bool _logoutRequested;
    private volatile bool _loggedIn;

    /// <summary>Completes once, with why the connection ended.</summary>
    public Task<StreamerSessionEnd> Completion => _end.Task;

    public bool IsLoggedIn => _loggedIn;

    public string? Entitlement { get; private set; }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await socket.ConnectAsync(credentials.SocketUrl, cancellationToken);
        _receiveLoop = ReceiveLoopAsync(_stop.Token);
    }

    /// <summary>Sends LOGIN and waits for its response; nothing else is sent before it (schwab-api.md §4.1).</summary>
    public async Task<StreamerResponse> LoginAsync(string accessToken, CancellationToken cancellationToken)
    {
        StreamerResponse response = await SendAndAwaitAsync(
            id => _requests.Login(id, accessToken), StreamerServices.Admin, StreamerCommands.Login, options.LoginTimeout, cancellationToken);
        if (StreamerResponseCodes.IsSuccess(response.Code))
        {
            _loggedIn = true;
            Entitlement = ParseEntitlement(response.Message);
        }

        return response;
    }

    public Task<StreamerResponse> SendCommandAsync(string service, string command, string? keys, string? fields, CancellationToken cancellationToken)
        => SendAndAwaitAsync(id => _requests.Command(id, service, command, keys, fields), service, command, options.AckTimeout, cancellationToken);

    public async Task<StreamerResponse> LogoutAsync(CancellationToken cancellationToken)
    {
        _logoutRequested = true;
        StreamerResponse response = await SendAndAwaitAsync(_requests.Logout, StreamerServices.Admin, StreamerCommands.Logout, options.AckTimeout, cancellationToken);

        // Schwab closes after LOGOUT; closing from our side too ends the receive loop without waiting for it.
        await socket.CloseAsync(cancellationToken);
        return response;
    }

    /// <summary>Ends the connection now with <paramref name="end"/> (reconnect request, ack timeout).</summary>
    public void Abort(StreamerSessionEnd end)
    {
        // Not logged in from here on: no command may use a connection that is being torn down.
        _loggedIn = false;
        Interlocked.CompareExchange(ref _abortEnd, end, null);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: the connection has ended anyway.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_end.Task.IsCompleted)
        {
            // Close normally so Schwab frees the one-connection-per-user slot at once (code 12 otherwise).
            using var closeTimeout = new CancellationTokenSource(options.AckTimeout, time);
            await socket.CloseAsync(closeTimeout.Token);
            Abort(StreamerSessionEnd.Stopped("Connection closed by the client"));
        }

        _stop.Cancel();
        await _receiveLoop;
        await socket.DisposeAsync();

        // _stop and _sendLock are not disposed: a command racing the end of the connection may still touch
        // them, and neither holds an unmanaged handle (no WaitHandle is ever requested).
    }

    private async Task<StreamerResponse> SendAndAwaitAsync(
        Func<string, byte[]> build, string service, string command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_end.Task.IsCompleted)
        {
            throw new StreamerException(StreamerErrorKind.ConnectionLost, $"{command} {service}: the streamer connection has ended");
        }

        string id = Interlocked.Increment(ref _nextRequestId).ToString(CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<StreamerResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;

        // The timeout clock starts before the send, so it also covers a send that never completes.
        Task<StreamerResponse> wait = answer.Task.WaitAsync(timeout, time, cancellationToken);
        try
        {
            byte[] frame = build(id);
            await _sendLock.WaitAsync(cancellationToken);
            try
            {
                await socket.SendTextAsync(frame, cancellationToken);
            }
            finally
            {
                _sendLock.Release();
            }

            Log.StreamerRequestSent(logger, command, service, id);
            return await wait;
        }
        catch (TimeoutException ex)
        {
            throw new StreamerException(StreamerErrorKind.Timeout, $"No answer to {command} {service} (request {id}) within {timeout}", null, ex);
        }
        finally
        {
            _pending.TryRemove(id, out _);
            answer.TrySetCanceled(CancellationToken.None);
        }
    }

    private static string? ParseEntitlement(string? message)
    {
        // "server=s3081dc7-2;status=NP": status is the entitlement (NP, PN, PP).
        foreach (string part in (message ?? string.Empty).Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("status=", StringComparison.OrdinalIgnoreCase))
            {
                return part["status=".Length..];
            }
        }

        return null;
    }
}
