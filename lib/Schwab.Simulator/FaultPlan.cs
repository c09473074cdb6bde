using Schwab.Simulator.Faults;

namespace Schwab.Simulator;

/// <summary>Fault injection for REST and the streamer, settable from code or <c>POST /admin/faults</c>. Thread-safe.</summary>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly List<ActiveHttpFault> _http = [];
    private readonly List<StreamFault> _stream = [];
    private DateTimeOffset? _refreshCutoff;

    internal FaultPlan(TimeProvider time) => _time = time;

    /// <summary>The REST rules still active.</summary>
    public IReadOnlyList<HttpFault> HttpFaults
    {
        get
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                return _http.Where(f => f.IsActive(now)).Select(f => f.Rule).ToArray();
            }
        }
    }

    /// <summary>The streamer rules still pending or active.</summary>
    public IReadOnlyList<StreamFault> StreamFaults
    {
        get
        {
            lock (_gate)
            {
                return [.. _stream];
            }
        }
    }

    /// <summary>Adds a REST rule.</summary>
    /// <param name="fault">The rule.</param>
    public void Add(HttpFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _http.Add(new ActiveHttpFault(fault, fault.Duration is { } d ? _time.GetUtcNow() + d : null, fault.Times));
        }
    }

    /// <summary>Adds a streamer rule (one-shot kinds are consumed by the first connection that acts on them).</summary>
    /// <param name="fault">The rule.</param>
    public void Add(StreamFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _stream.Add(fault);
        }
    }

    /// <summary>
    /// Applies a plan in the JSON form <c>POST /admin/faults</c> accepts, e.g.
    /// <c>{"clear":true,"http":[{"pathPrefix":"/marketdata/v1/chains","kind":"Status","statusCode":429,"retryAfterSeconds":2,"times":3}],
    /// "stream":[{"kind":"DropEvery","everySeconds":60}],"expireRefreshTokens":false}</c>.
    /// </summary>
    /// <param name="json">The plan.</param>
    /// <exception cref="ArgumentException">The JSON is invalid; the message says where.</exception>
    public void Apply(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        FaultPlanJson.Apply(this, System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Refuses every refresh token issued until now with Schwab's §1.6 400 body (re-authorizing issues working ones).</summary>
    public void ExpireRefreshTokens()
    {
        lock (_gate)
        {
            _refreshCutoff = _time.GetUtcNow();
        }
    }

    /// <summary>Removes every rule and forgets <see cref="ExpireRefreshTokens"/>.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _http.Clear();
            _stream.Clear();
            _refreshCutoff = null;
        }
    }

    internal bool IsRefreshTokenRevoked(DateTimeOffset issuedAt)
    {
        lock (_gate)
        {
            return _refreshCutoff is { } cutoff && issuedAt <= cutoff;
        }
    }

    /// <summary>The first active rule matching the path (other than a BodyBufferOverflow), consuming one of its uses.</summary>
    internal HttpFault? Take(string path, Func<HttpFault, bool> applies)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _http.RemoveAll(f => !f.IsActive(now));
            foreach (var active in _http)
            {
                if (path.StartsWith(active.Rule.PathPrefix, StringComparison.Ordinal) && applies(active.Rule))
                {
                    active.Remaining--;
                    return active.Rule;
                }
            }

            return null;
        }
    }

    internal bool HasStream(StreamFaultKind kind, out StreamFault? fault)
    {
        lock (_gate)
        {
            fault = _stream.FirstOrDefault(f => f.Kind == kind);
            return fault is not null;
        }
    }

    internal bool TakeStream(StreamFaultKind kind, out StreamFault? fault)
    {
        lock (_gate)
        {
            fault = _stream.FirstOrDefault(f => f.Kind == kind);
            return fault is not null && _stream.Remove(fault);
        }
    }

    private sealed class ActiveHttpFault(HttpFault rule, DateTimeOffset? until, int? remaining)
    {
        public HttpFault Rule { get; } = rule;

        public int? Remaining { get; set; } = remaining;

        public bool IsActive(DateTimeOffset now) => (Remaining is null || Remaining > 0) && (until is null || now < until);
    }
}
