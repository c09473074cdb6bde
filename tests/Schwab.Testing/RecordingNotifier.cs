using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting.Systemd;

namespace Schwab.Testing;

/// <summary>An <see cref="ISystemdNotifier"/> that records what would have been sent to systemd.</summary>
public sealed class RecordingNotifier(bool enabled = true) : ISystemdNotifier
{
    private readonly ConcurrentQueue<string> _states = new();

    public bool IsEnabled => enabled;

    public IReadOnlyList<string> States => _states.ToArray();

    public void Notify(ServiceState state) => _states.Enqueue(state.ToString());
}
