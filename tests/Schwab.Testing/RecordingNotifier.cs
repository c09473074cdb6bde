using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting.Systemd;

namespace Schwab.Testing;

/// <summary>An <see cref="ISystemdNotifier"/> that records what would have been sent to systemd.</summary>
public sealed class RecordingNotifier(bool enabled = true) : ISystemdNotifier
{
    private readonly ConcurrentQueue<string> _states = new();

    public bool IsEnabled => enabled;

    public IReadOnlyList<string> States => _states.ToArray();

    /// <summary>When set, <see cref="Notify"/> throws for the states it matches (a helper loop failing on its STATUS line).</summary>
    public Func<string, bool>? FailOn { get; set; }

    public void Notify(ServiceState state)
    {
        string text = state.ToString();
        if (FailOn?.Invoke(text) == true)
        {
            throw new InvalidOperationException($"test: notifying {text} failed");
        }

        _states.Enqueue(text);
    }
}
