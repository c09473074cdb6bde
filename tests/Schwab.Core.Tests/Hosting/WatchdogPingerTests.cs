using Microsoft.Extensions.Logging.Abstractions;
using Schwab.Core.Hosting;
using Schwab.Testing;

namespace Schwab.Core.Tests.Hosting;

public sealed class WatchdogPingerTests
{
    private static WatchdogPinger Pinger(FakeTimeProvider time, RecordingNotifier notifier, WorkLoopWatchdog watchdog) =>
        new(notifier, watchdog, time, NullLogger<WatchdogPinger>.Instance, _ => "4000000");

    [Fact]
    public void Tick_EveryLoopBeatRecently_Pings()
    {
        var time = new FakeTimeProvider();
        var notifier = new RecordingNotifier();
        var watchdog = new WorkLoopWatchdog(time);
        WorkLoopWatchdog.Loop loop = watchdog.Register("work", TimeSpan.FromSeconds(10));
        using WatchdogPinger pinger = Pinger(time, notifier, watchdog);

        time.Advance(TimeSpan.FromSeconds(9));
        loop.Beat();
        time.Advance(TimeSpan.FromSeconds(9));

        Assert.True(pinger.Tick());
        Assert.Equal(["WATCHDOG=1"], notifier.States);
    }

    [Fact]
    public void Tick_LoopSilentLongerThanAllowed_WithholdsPingUntilItBeatsAgain()
    {
        var time = new FakeTimeProvider();
        var notifier = new RecordingNotifier();
        var watchdog = new WorkLoopWatchdog(time);
        WorkLoopWatchdog.Loop loop = watchdog.Register("work", TimeSpan.FromSeconds(3));
        watchdog.Register("other", TimeSpan.FromHours(1));
        using WatchdogPinger pinger = Pinger(time, notifier, watchdog);

        time.Advance(TimeSpan.FromSeconds(4));

        Assert.False(pinger.Tick());
        Assert.False(pinger.Tick());
        Assert.Equal(["work"], watchdog.StalledLoops());
        Assert.Empty(notifier.States);

        loop.Beat();
        Assert.True(pinger.Tick());
    }

    [Fact]
    public void Tick_LoopFailedRightAfterABeat_WithholdsThePingAndNamesTheCause()
    {
        var time = new FakeTimeProvider();
        var notifier = new RecordingNotifier();
        var watchdog = new WorkLoopWatchdog(time);
        WorkLoopWatchdog.Loop loop = watchdog.Register("writer", TimeSpan.FromMinutes(2));
        using WatchdogPinger pinger = Pinger(time, notifier, watchdog);

        loop.Beat();
        loop.Fail(new IOException("No space left on device"));
        loop.Beat(); // a late beat from a failed loop does not revive it

        Assert.False(pinger.Tick());
        Assert.Equal(["writer (failed: IOException: No space left on device)"], watchdog.StalledLoops());
        Assert.Empty(notifier.States);
    }

    [Theory]
    [InlineData("4000000", 4.0)]
    [InlineData("500000", 0.5)]
    [InlineData(null, null)]
    [InlineData("0", null)]
    [InlineData("abc", null)]
    public void Interval_WatchdogUsec_ParsedAsMicroseconds(string? value, double? seconds)
    {
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), WatchdogPinger.Interval(value));
    }
}
