using Schwab.Simulator;

namespace Schwab.Core.Tests.Simulator;

public sealed class AcceleratedTimeProviderTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 24, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_RealSecond_AdvancesSpeedSeconds()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new AcceleratedTimeProvider(s_start, 60, real);
        real.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(s_start.AddMinutes(10), clock.GetUtcNow());
        long before = clock.GetTimestamp();
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromMinutes(1), clock.GetElapsedTime(before));
    }

    [Fact]
    public void CreateTimer_SimulatedPeriod_FiresAfterScaledRealTime()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new AcceleratedTimeProvider(s_start, 60, real);
        int fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        real.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, fired);
    }

    [Fact]
    public void Constructor_NonPositiveSpeed_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(s_start, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(s_start, double.NaN));
    }

    [Fact]
    public async Task Simulator_OnAcceleratedClock_TokenLifetimeScales()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { Time = new AcceleratedTimeProvider(s_start, 60, real) });
        var (access, _) = simulator.IssueTokens();
        using var client = new HttpClient { BaseAddress = simulator.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", access);
        using var fresh = await client.GetAsync(new Uri("/trader/v1/userPreference", UriKind.Relative));
        real.Advance(TimeSpan.FromSeconds(30)); // 30 simulated minutes
        using var stale = await client.GetAsync(new Uri("/trader/v1/userPreference", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, stale.StatusCode);
    }
}
