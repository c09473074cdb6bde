namespace Schwab.Core.Api.Streaming;

/// <summary>When the streamer last heard anything, and last received data (for no-data watchdogs).</summary>
internal sealed class StreamerActivity
{
    private long _lastHeardTicks;
    private long _lastDataTicks;

    public DateTimeOffset? LastHeardAt => Read(ref _lastHeardTicks);

    public DateTimeOffset? LastDataAt => Read(ref _lastDataTicks);

    public void Heard(DateTimeOffset at) => Interlocked.Exchange(ref _lastHeardTicks, at.UtcTicks);

    public void Data(DateTimeOffset at) => Interlocked.Exchange(ref _lastDataTicks, at.UtcTicks);

    private static DateTimeOffset? Read(ref long ticks)
    {
        long value = Interlocked.Read(ref ticks);
        return value == 0 ? null : new DateTimeOffset(value, TimeSpan.Zero);
    }
}
