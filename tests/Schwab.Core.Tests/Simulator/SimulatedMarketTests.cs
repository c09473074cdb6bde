using Schwab.Simulator;
using Schwab.Simulator.Market;

namespace Schwab.Core.Tests.Simulator;

public sealed class SimulatedMarketTests
{
    private static readonly DateTimeOffset s_at = SimulatorHost.DefaultStart;

    private static async Task<SimulatedMarket> MarketAsync(int seed, bool demo = false, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? s_at);
        await using var simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { Time = time, Seed = seed, DemoCalendar = demo });
        return simulator.Market;
    }

    [Fact]
    public async Task GetChain_SameSeedSameInstant_IsIdenticalRegardlessOfOrder()
    {
        var a = await MarketAsync(7);
        var b = await MarketAsync(7);
        var request = new ChainRequest { StrikeCount = 10, FromDate = new DateOnly(2026, 11, 24), ToDate = new DateOnly(2026, 12, 4) };
        _ = b.GetChain(request, s_at.AddHours(3));
        _ = b.GetPrice("$SPX", s_at.AddDays(-3));
        Assert.Equal(a.GetChain(request, s_at).Contracts, b.GetChain(request, s_at).Contracts);
    }

    [Fact]
    public async Task GetChain_DifferentSeeds_Differ()
    {
        var a = await MarketAsync(1);
        var b = await MarketAsync(2);
        var request = new ChainRequest { StrikeCount = 5, FromDate = new DateOnly(2026, 11, 24), ToDate = new DateOnly(2026, 11, 24) };
        Assert.NotEqual(a.GetPrice("$SPX", s_at), b.GetPrice("$SPX", s_at));
        Assert.NotEqual(a.GetChain(request, s_at).Contracts.Select(c => c.Mark), b.GetChain(request, s_at).Contracts.Select(c => c.Mark));
    }

    [Fact]
    public async Task GetPrice_SpxWalk_StaysNearSixThousandAndMovesWithinSession()
    {
        var market = await MarketAsync(1);
        var prices = Enumerable.Range(0, 390).Select(m => market.GetPrice("$SPX", s_at.AddMinutes(m - 90))).ToList();
        Assert.All(prices, p => Assert.InRange(p, 4500m, 7500m));
        Assert.True(prices.Distinct().Count() > 300, "the index should move minute to minute during the session");
    }

    [Fact]
    public async Task GetPrice_OutsideSession_IsFrozenAtTheClose()
    {
        var market = await MarketAsync(1);
        var evening = new DateTimeOffset(2026, 11, 24, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(market.GetPrice("$SPX", evening), market.GetPrice("$SPX", evening.AddHours(5)));
        Assert.Equal(market.GetPrice("$SPX", evening), market.GetPrice("$SPX", new DateTimeOffset(2026, 11, 24, 20, 59, 59, 999, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-11-26", false, false)] // Thanksgiving
    [InlineData("2026-11-27", true, true)]   // day after: 13:00 close
    [InlineData("2026-11-28", false, false)] // Saturday
    [InlineData("2026-12-24", true, true)]   // Christmas Eve (Thursday)
    [InlineData("2026-12-25", false, false)]
    [InlineData("2026-07-03", false, false)] // Independence Day observed (July 4 is a Saturday)
    [InlineData("2025-07-03", true, true)]   // July 4 2025 is a Friday
    [InlineData("2026-04-03", false, false)] // Good Friday
    [InlineData("2027-06-18", false, false)] // Juneteenth observed (Saturday)
    [InlineData("2021-12-31", true, false)]  // no Friday observance of a Saturday New Year
    [InlineData("2026-01-19", false, false)] // MLK
    [InlineData("2026-11-24", true, false)]
    public async Task GetTradingDay_Rules_MatchNyse(string date, bool open, bool early)
    {
        var market = await MarketAsync(1);
        var day = market.GetTradingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(open, day.IsOpen);
        Assert.Equal(early, day.IsEarlyClose);
        if (early)
        {
            Assert.Equal(13, TimeZoneInfo.ConvertTime(day.RegularEnd!.Value, ExchangeTime.NewYork).Hour);
        }
    }

    [Fact]
    public async Task DemoCalendar_SundayMidnight_TodayIsATradingDayWrappingNow()
    {
        var sunday = new DateTimeOffset(2026, 11, 29, 5, 30, 0, TimeSpan.Zero); // 00:30 ET Sunday
        var market = await MarketAsync(1, demo: true, start: sunday);
        var day = market.GetTradingDay(ExchangeTime.DateOf(sunday));
        Assert.True(day.IsOpen);
        Assert.True(day.IsInRegularSession(sunday));
        Assert.Equal(sunday.AddHours(-1), day.RegularStart);
        Assert.Equal(sunday.AddHours(6), day.RegularEnd);
        Assert.Contains(market.GetExpirations(day.Date), e => e.Date == day.Date && e.Root == "SPXW");
    }

    [Fact]
    public async Task GetExpirations_ThirdFridayHasSpxAmAndSpxwPm()
    {
        var market = await MarketAsync(1);
        var list = market.GetExpirations(new DateOnly(2026, 11, 24));
        var december = list.Where(e => e.Date == new DateOnly(2026, 12, 18)).ToList();
        Assert.Equal([("SPX", "S", "A"), ("SPXW", "W", "P")], december.Select(e => (e.Root, e.ExpirationType, e.SettlementType)));
        Assert.DoesNotContain(list, e => e.Date == new DateOnly(2026, 11, 26));
        Assert.Contains(list, e => e.Date == new DateOnly(2026, 11, 24) && e.Root == "SPXW");
    }

    [Fact]
    public async Task GetChain_Contracts_ArePricedConsistently()
    {
        var market = await MarketAsync(1);
        var chain = market.GetChain(new ChainRequest { StrikeCount = 30, FromDate = new DateOnly(2026, 12, 1), ToDate = new DateOnly(2026, 12, 1) }, s_at);
        Assert.All(chain.Contracts, c =>
        {
            Assert.True(c.Bid <= c.Ask && c.Bid >= 0);
            Assert.InRange(c.Delta, c.IsCall ? 0 : -1, c.IsCall ? 1 : 0);
            Assert.True(c.Gamma >= 0 && c.Vega >= 0 && c.Theta <= 0);
            Assert.Equal(0, c.Strike % 5);
            Assert.Equal(7, c.DaysToExpiration);
            Assert.Equal($"SPXW  261201{(c.IsCall ? 'C' : 'P')}{(long)(c.Strike * 1000):D8}", c.Symbol);
        });
        var calls = chain.Contracts.Where(c => c.IsCall).OrderBy(c => c.Strike).Select(c => c.Delta).ToList();
        Assert.Equal(calls.OrderDescending(), calls);
    }

    [Fact]
    public async Task GetChain_ExpiredContract_SendsSentinels()
    {
        var market = await MarketAsync(1);
        var afterClose = new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);
        var chain = market.GetChain(new ChainRequest { StrikeCount = 2, FromDate = new DateOnly(2026, 11, 24), ToDate = new DateOnly(2026, 11, 24) }, afterClose);
        Assert.NotEmpty(chain.Contracts);
        Assert.All(chain.Contracts, c => Assert.Equal(-999.0, c.Delta));
    }

    [Fact]
    public async Task GetQuote_BeforeTheOpen_LastIsYesterdaysCloseAndNoOpenYet()
    {
        var market = await MarketAsync(1);
        var preOpen = new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero); // 08:00 ET
        var q = market.GetQuote("$SPX", preOpen);
        Assert.Equal(q.Close, q.Last);
        Assert.Equal(0m, q.Open);
        Assert.Equal("Closed", q.SecurityStatus);
        Assert.Equal(market.GetQuote("$SPX", new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.Zero)).Last, q.Close);
    }
}
