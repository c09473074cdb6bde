using System.Net;
using System.Net.Sockets;

namespace Schwab.Testing.Smtp;

/// <summary>
/// A real SMTP server on 127.0.0.1 (ephemeral port) for tests: EHLO/HELO, MAIL FROM, RCPT TO, DATA (dot-unstuffing),
/// RSET, NOOP, QUIT, no TLS and no AUTH (clients use <c>Security=None</c>). A message is stored before its
/// <c>250</c> is sent, so when the client's send returns the message is already in <see cref="Messages"/>.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<SmtpMessage> _messages = [];
    private readonly Lock _gate = new();
    private readonly List<Task> _sessions = [];
    private readonly Task _accepting;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SmtpTestServer(IPAddress address)
    {
        _listener = new TcpListener(address, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The port the server listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>When true, every <c>MAIL FROM</c> is refused with <c>554</c> (a server that will not take mail).</summary>
    public bool RejectMail { get; set; }

    /// <summary>The messages accepted so far, in order.</summary>
    public IReadOnlyList<SmtpMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Starts a server on 127.0.0.1 and an ephemeral port.</summary>
    public static SmtpTestServer Start() => new(IPAddress.Loopback);

    /// <summary>Settings JSON for the <c>Alerts</c> section pointing at this server (<c>"Alerts": { … }</c>).</summary>
    public string AlertsSection(string throttleWindow = "01:00:00") =>
        $$""" "Alerts": { "Enabled": true, "SmtpHost": "127.0.0.1", "SmtpPort": {{Port}}, "Security": "None", "From": "schwab@example.test", "To": [ "ops@example.test" ], "ThrottleWindow": "{{throttleWindow}}" } """;

    /// <summary>Waits until at least <paramref name="count"/> messages were accepted (fails after <paramref name="timeout"/>).</summary>
    public async Task<IReadOnlyList<SmtpMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        using var guard = new CancellationTokenSource(timeout ?? TestTimeouts.Guard);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_messages.Count >= count)
                {
                    return [.. _messages];
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(guard.Token);
            }
            catch (OperationCanceledException) when (guard.IsCancellationRequested)
            {
                throw new TimeoutException($"expected {count} SMTP message(s), got {Messages.Count}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] sessions;
        lock (_gate)
        {
            sessions = [.. _sessions];
        }

        await Task.WhenAll([_accepting, .. sessions]).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    internal void Deliver(SmtpMessage message)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _messages.Add(message);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_gate)
            {
                _sessions.Add(new SmtpTestSession(this, client).RunAsync(_stop.Token));
            }
        }
    }
}
