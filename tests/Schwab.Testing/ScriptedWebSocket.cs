using System.Text;
using System.Threading.Channels;
using Schwab.Core.Api.Streaming;

namespace Schwab.Testing;

/// <summary>
/// A scripted <see cref="IWebSocketConnection"/>: queued incoming frames (whole messages, fragments, drops,
/// closes), recorded outgoing frames, and an optional responder that answers each outgoing frame.
/// </summary>
public sealed class ScriptedWebSocket : IWebSocketConnection
{
    private readonly Channel<Incoming> _incoming = Channel.CreateUnbounded<Incoming>();
    private readonly Channel<string> _sentQueue = Channel.CreateUnbounded<string>();
    private readonly List<string> _sent = [];
    private readonly Lock _lock = new();
    private volatile bool _waiting;

    /// <summary>Answers each outgoing frame with zero or more incoming frames.</summary>
    public Func<string, IEnumerable<string>>? Responder { get; set; }

    /// <summary>When set, <see cref="ConnectAsync"/> throws it.</summary>
    public Exception? ConnectFailure { get; set; }

    /// <summary>The URI connected to.</summary>
    public Uri? ConnectedTo { get; private set; }

    /// <summary>Whether the client closed the connection.</summary>
    public bool ClosedByClient { get; private set; }

    /// <summary>Whether the connection was disposed.</summary>
    public bool Disposed { get; private set; }

    /// <summary>
    /// True while the client waits in <see cref="ReceiveMessageAsync"/> with nothing queued: every earlier
    /// frame has been fully handled.
    /// </summary>
    public bool IsWaitingForData => _waiting;

    /// <summary>Every frame sent so far, in order.</summary>
    public IReadOnlyList<string> Sent
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Queues one whole incoming message.</summary>
    public void Enqueue(string json) => _incoming.Writer.TryWrite(new Incoming(IncomingKind.Message, json));

    /// <summary>Queues the first part of a message whose end never arrives: the connection aborts after it.</summary>
    public void EnqueuePartialThenDrop(string fragment)
    {
        _incoming.Writer.TryWrite(new Incoming(IncomingKind.Fragment, fragment));
        Drop();
    }

    /// <summary>Aborts the connection (no close handshake).</summary>
    public void Drop() => _incoming.Writer.TryWrite(new Incoming(IncomingKind.Drop, string.Empty));

    /// <summary>The server closes normally.</summary>
    public void CloseFromServer() => _incoming.Writer.TryWrite(new Incoming(IncomingKind.Close, string.Empty));

    /// <summary>Waits for the next frame the client sends (frames are handed out once, in order).</summary>
    public async Task<string> NextSentAsync(CancellationToken cancellationToken = default)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(TestTimeouts.Guard);
        return await _sentQueue.Reader.ReadAsync(guard.Token);
    }

    /// <inheritdoc />
    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        ConnectedTo = uri;
        return ConnectFailure is null ? Task.CompletedTask : Task.FromException(ConnectFailure);
    }

    /// <inheritdoc />
    public Task SendTextAsync(ReadOnlyMemory<byte> utf8Message, CancellationToken cancellationToken)
    {
        string text = Encoding.UTF8.GetString(utf8Message.Span);
        lock (_lock)
        {
            _sent.Add(text);
        }

        _sentQueue.Writer.TryWrite(text);
        foreach (string reply in Responder?.Invoke(text) ?? [])
        {
            Enqueue(reply);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask<ReadOnlyMemory<byte>?> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        var partial = new StringBuilder();
        while (true)
        {
            _waiting = !_incoming.Reader.TryPeek(out _);
            Incoming next;
            try
            {
                next = await _incoming.Reader.ReadAsync(cancellationToken);
            }
            finally
            {
                _waiting = false;
            }

            switch (next.Kind)
            {
                case IncomingKind.Message:
                    return Encoding.UTF8.GetBytes(next.Text);
                case IncomingKind.Fragment:
                    partial.Append(next.Text);
                    break;
                case IncomingKind.Drop:
                    string where = partial.Length > 0 ? " in the middle of a message" : string.Empty;
                    throw new StreamerException(StreamerErrorKind.ConnectionLost, $"Scripted connection aborted{where}");
                default:
                    return null;
            }
        }
    }

    /// <inheritdoc />
    public Task CloseAsync(CancellationToken cancellationToken)
    {
        ClosedByClient = true;
        CloseFromServer();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    private enum IncomingKind
    {
        Message,
        Fragment,
        Drop,
        Close,
    }

    private sealed record Incoming(IncomingKind Kind, string Text);
}
