using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data.Candles;
using Schwab.Core.Time;
using Schwab.Daemons.Ohlc;

namespace Schwab.Daemons.Tests.Ohlc;

public sealed class OhlcWorkerLoopTests
{
    [Fact]
    public async Task ExecuteAsync_StartedFridayAfternoon_RunsAtOnceThenAtTheNextScheduledTime()
    {
        await using OhlcHarness h = await OhlcHarness.StartAsync(new DateOnly(2026, 11, 16));
        DateOnly friday = new(2026, 11, 20);
        h.At(friday, new TimeOnly(14, 0));
        OhlcOptions options = h.Services.GetRequiredService<IOptions<OhlcOptions>>().Value;
        TimeSpan firstWait = OhlcSchedule.NextRun(options, h.Time.GetUtcNow()) - h.Time.GetUtcNow();
        Assert.Equal(TimeSpan.FromMinutes(135), firstWait); // 16:15 ET

        await h.Worker.StartAsync(CancellationToken.None);
        try
        {
            // The catch-up run at start stored Friday up to 13:59 ET; then the worker waits for 16:15.
            await h.Time.WaitForTimerAsync(due => due == firstWait);
            var friday1359 = MarketClock.AtExchangeTime(friday, new TimeOnly(13, 59));
            Assert.Equal(friday1359, (await h.StoredAsync(CandleTable.Minute, "$SPX"))[^1].Time);

            h.Time.Advance(firstWait);

            // The 16:15 run found the rest of Friday missing and filled it; the next wait is to Saturday 09:15.
            await h.Time.WaitForTimerAsync(due => due == TimeSpan.FromHours(17));
            Assert.Equal(MarketClock.AtExchangeTime(friday, new TimeOnly(15, 59)), (await h.StoredAsync(CandleTable.Minute, "$SPX"))[^1].Time);
            Assert.Equal(390, (await h.StoredAsync(CandleTable.Minute, "$VIX")).Count(c => MarketClock.ExchangeDate(c.Time) == friday));
        }
        finally
        {
            await h.Worker.StopAsync(CancellationToken.None);
        }
    }
}
