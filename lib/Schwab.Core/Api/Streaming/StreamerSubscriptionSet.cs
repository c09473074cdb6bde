namespace Schwab.Core.Api.Streaming;

/// <summary>
/// The desired subscription state, kept across reconnects and replayed after every LOGIN. Thread-safe.
/// </summary>
internal sealed class StreamerSubscriptionSet
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StreamerSubscription> _services = new(StringComparer.Ordinal);

    public StreamerSubscription? Get(string service)
    {
        lock (_lock)
        {
            return _services.GetValueOrDefault(service);
        }
    }

    /// <summary>Sets the service's subscription; null or no keys removes it.</summary>
    public void Set(string service, StreamerSubscription? subscription)
    {
        lock (_lock)
        {
            if (subscription is null || subscription.Keys.IsEmpty)
            {
                _services.Remove(service);
            }
            else
            {
                _services[service] = subscription;
            }
        }
    }

    public IReadOnlyList<StreamerSubscription> Snapshot()
    {
        lock (_lock)
        {
            return [.. _services.Values];
        }
    }
}
