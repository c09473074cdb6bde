using System.Threading.Channels;
using Schwab.Core.Api.Streaming;

namespace Schwab.Testing;

/// <summary>Hands out <see cref="ScriptedWebSocket"/>s: queued ones first, then new ones built by <see cref="Build"/>.</summary>
public sealed class ScriptedWebSocketFactory : IWebSocketConnectionFactory
{
    private readonly Queue<ScriptedWebSocket> _queued = new();
    private readonly Channel<ScriptedWebSocket> _created = Channel.CreateUnbounded<ScriptedWebSocket>();
    private readonly List<ScriptedWebSocket> _all = [];
    private readonly Lock _lock = new();

    /// <summary>Builds a socket when none is queued.</summary>
    public Func<ScriptedWebSocket> Build { get; set; } = () => new ScriptedWebSocket();

    /// <summary>Every socket handed out so far.</summary>
    public IReadOnlyList<ScriptedWebSocket> Created
    {
        get
        {
            lock (_lock)
            {
                return [.. _all];
            }
        }
    }

    /// <summary>Queues a socket for the next <see cref="Create"/>.</summary>
    public ScriptedWebSocket Enqueue(ScriptedWebSocket socket)
    {
        lock (_lock)
        {
            _queued.Enqueue(socket);
        }

        return socket;
    }

    /// <summary>Waits for the next socket the client creates (handed out once each, in order).</summary>
    public async Task<ScriptedWebSocket> NextCreatedAsync(CancellationToken cancellationToken = default)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(TestTimeouts.Guard);
        return await _created.Reader.ReadAsync(guard.Token);
    }

    /// <inheritdoc />
    public IWebSocketConnection Create()
    {
        ScriptedWebSocket socket;
        lock (_lock)
        {
            socket = _queued.Count > 0 ? _queued.Dequeue() : Build();
            _all.Add(socket);
        }

        _created.Writer.TryWrite(socket);
        return socket;
    }
}
