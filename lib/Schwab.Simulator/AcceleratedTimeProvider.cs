namespace Schwab.Simulator;

/// <summary>
/// A clock that starts at a chosen instant and runs <c>speed</c> times faster than the real one; timers created
/// from it fire correspondingly sooner, so token lifetimes, sessions and streamer ticks all scale together.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly DateTimeOffset _start;
    private readonly long _realStart;
    private readonly double _speed;

    /// <summary>Creates the clock.</summary>
    /// <param name="start">The simulated instant at construction.</param>
    /// <param name="speed">Simulated seconds per real second; must be positive.</param>
    /// <param name="real">The real clock (default <see cref="TimeProvider.System"/>).</param>
    public AcceleratedTimeProvider(DateTimeOffset start, double speed, TimeProvider? real = null)
    {
        if (!(speed > 0) || double.IsInfinity(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "speed must be a positive finite number");
        }

        _real = real ?? System;
        _start = start;
        _speed = speed;
        _realStart = _real.GetTimestamp();
    }

    /// <summary>Simulated seconds per real second.</summary>
    public double Speed => _speed;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        var elapsed = _real.GetElapsedTime(_realStart);
        return _start + TimeSpan.FromTicks((long)(elapsed.Ticks * _speed));
    }

    /// <inheritdoc/>
    public override long GetTimestamp() => (long)((_real.GetTimestamp() - _realStart) * _speed) + _realStart;

    /// <inheritdoc/>
    public override long TimestampFrequency => _real.TimestampFrequency;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : TimeSpan.FromTicks((long)(span.Ticks / _speed));

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.Scale(dueTime), owner.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
