using Microsoft.AspNetCore.Http;
using Schwab.Simulator.Http;

namespace Schwab.Simulator.Streaming;

/// <summary>Accepts streamer WebSockets at <c>/ws</c> and enforces one logged-in connection per login (code 12).</summary>
internal sealed class StreamerServer(SimulatorState state)
{
    private readonly Lock _gate = new();
    private StreamerSession? _active;
    private int _nextId;
    private long _sequence;

    public async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            await http.Response.WriteAsync("the streamer expects a WebSocket upgrade", http.RequestAborted);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        int id = Interlocked.Increment(ref _nextId);
        using var session = new StreamerSession(state, this, socket, id);
        Log.StreamerConnected(state.Logger, id);
        try
        {
            await session.RunAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.StreamerFailed(state.Logger, id, ex);
        }
        finally
        {
            Release(session);
            Log.StreamerClosed(state.Logger, id, session.CloseReason);
        }
    }

    private readonly HashSet<StreamerSession> _open = [];

    public void Track(StreamerSession session, bool open)
    {
        lock (_gate)
        {
            if (open)
            {
                _open.Add(session);
            }
            else
            {
                _open.Remove(session);
            }
        }

        RaiseTicked();
    }

    /// <summary>Raised after every tick of every connection, and when a connection opens or ends.</summary>
    public event EventHandler? Ticked;

    public int OpenCount
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    public int ActiveCount
    {
        get
        {
            lock (_gate)
            {
                return _open.Count(s => s.Active);
            }
        }
    }

    public void RaiseTicked() => Ticked?.Invoke(this, EventArgs.Empty);

    public void AbortAll()
    {
        StreamerSession[] sessions;
        lock (_gate)
        {
            sessions = [.. _open];
        }

        foreach (var s in sessions)
        {
            s.Abort("simulator stopping");
        }
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence) - 1;

    /// <summary>Claims the single login slot; false when another connection holds it.</summary>
    public bool TryClaim(StreamerSession session)
    {
        lock (_gate)
        {
            if (_active is not null && _active != session)
            {
                return false;
            }

            _active = session;
            return true;
        }
    }

    /// <summary>Frees the login slot when <paramref name="session"/> holds it (on close, as Schwab does once it severs a connection).</summary>
    public void Release(StreamerSession session)
    {
        lock (_gate)
        {
            if (_active == session)
            {
                _active = null;
            }
        }
    }
}
