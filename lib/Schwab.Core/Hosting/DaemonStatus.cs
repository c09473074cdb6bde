using Microsoft.Extensions.Hosting.Systemd;

namespace Schwab.Core.Hosting;

/// <summary>
/// What the daemon is doing, in one line ("next snapshot 10:31:00 ET", "re-authentication required"):
/// sent to systemd as <c>STATUS=</c> (shown by <c>systemctl status</c>) and kept for the heartbeat row.
/// </summary>
public sealed class DaemonStatus(ISystemdNotifier notifier)
{
    private volatile string _text = "starting";
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>The current status line.</summary>
    public string Text => _text;

    /// <summary>When a worker last completed a unit of work (UTC), for the heartbeat row.</summary>
    public DateTimeOffset? LastSuccessAt { get; private set; }

    /// <summary>When a worker last failed (UTC).</summary>
    public DateTimeOffset? LastErrorAt { get; private set; }

    /// <summary>The last failure, one line, never a secret.</summary>
    public string? LastError { get; private set; }

    /// <summary>Records a completed unit of work.</summary>
    public void Succeeded(DateTimeOffset at) => LastSuccessAt = at;

    /// <summary>Records a failed unit of work.</summary>
    public void Failed(DateTimeOffset at, string error)
    {
        LastErrorAt = at;
        LastError = error.ReplaceLineEndings(" ");
    }

    /// <summary>Sets the status line; repeated identical lines are not re-sent.</summary>
    public void Set(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string line = text.ReplaceLineEndings(" ");
        if (string.Equals(line, _text, StringComparison.Ordinal))
        {
            return;
        }

        _text = line;
        if (notifier.IsEnabled)
        {
            notifier.Notify(new ServiceState("STATUS=" + line));
        }

        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    /// <summary>Completes when the status line next changes, so the heartbeat row can follow it at once.</summary>
    /// <returns>A task that completes at the next change, or is cancelled with <paramref name="cancellationToken"/>.</returns>
    public Task WaitForChangeAsync(CancellationToken cancellationToken) => Volatile.Read(ref _changed).Task.WaitAsync(cancellationToken);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
