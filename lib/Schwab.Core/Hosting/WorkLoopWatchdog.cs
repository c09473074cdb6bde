using System.Collections.Concurrent;

namespace Schwab.Core.Hosting;

/// <summary>
/// Ties systemd's watchdog to real work: each work loop registers and beats every turn, and
/// <see cref="WatchdogPinger"/> sends <c>WATCHDOG=1</c> only while every loop has beaten within its allowed silence.
/// A hung loop therefore gets the daemon killed and restarted by systemd (<c>WatchdogSec=</c>, <c>Restart=on-failure</c>).
/// </summary>
/// <remarks>
/// A loop that ends by an exception calls <see cref="Loop.Fail"/> instead of <see cref="Unregister"/>: it then counts as
/// stalled for good, so a dead loop never looks like a finished one and the ping stops (issue 13).
/// </remarks>
public sealed class WorkLoopWatchdog(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Loop> _loops = new(StringComparer.Ordinal);

    /// <summary>Registers a loop that must beat at least once every <paramref name="maxSilence"/>.</summary>
    /// <returns>The handle the loop beats through.</returns>
    public Loop Register(string name, TimeSpan maxSilence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxSilence, TimeSpan.Zero);
        var loop = new Loop(name, maxSilence, time);
        _loops[name] = loop;
        return loop;
    }

    /// <summary>Removes a loop that has ended normally (a loop that failed calls <see cref="Loop.Fail"/> instead).</summary>
    public void Unregister(string name) => _loops.TryRemove(name, out _);

    /// <summary>The loops that have been silent too long or have failed (named with their cause); empty when all is well.</summary>
    public IReadOnlyList<string> StalledLoops()
    {
        long now = time.GetTimestamp();
        return _loops.Values
            .Where(l => l.Failure is not null || time.GetElapsedTime(l.LastBeat, now) > l.MaxSilence)
            .Select(l => l.Failure is { } failure ? $"{l.Name} (failed: {failure})" : l.Name)
            .ToList();
    }

    /// <summary>One registered work loop.</summary>
    public sealed class Loop
    {
        private readonly TimeProvider _time;
        private long _lastBeat;
        private volatile string? _failure;

        internal Loop(string name, TimeSpan maxSilence, TimeProvider time)
        {
            Name = name;
            MaxSilence = maxSilence;
            _time = time;
            _lastBeat = time.GetTimestamp();
        }

        /// <summary>The loop's name, as logged when it stalls.</summary>
        public string Name { get; }

        /// <summary>The longest the loop may go without beating.</summary>
        public TimeSpan MaxSilence { get; }

        internal long LastBeat => Interlocked.Read(ref _lastBeat);

        /// <summary>Why the loop failed (one line), or null while it runs.</summary>
        internal string? Failure => _failure;

        /// <summary>Records that the loop turned.</summary>
        public void Beat() => Interlocked.Exchange(ref _lastBeat, _time.GetTimestamp());

        /// <summary>Records that the loop ended by <paramref name="cause"/>: from now on it counts as stalled and no ping is sent.</summary>
        public void Fail(Exception cause)
        {
            ArgumentNullException.ThrowIfNull(cause);
            _failure = $"{cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")}";
        }
    }
}
