using System.Collections.Concurrent;

namespace Schwab.Simulator.Market;

/// <summary>Builds minute and daily candles from the walk; only completed candles of traded minutes are returned.</summary>
internal sealed class CandleBuilder(UnderlyingModel model, MarketCalendar calendar)
{
    private readonly ConcurrentDictionary<(string, DateOnly), Candle> _daily = new();

    public List<Candle> Minutes(InstrumentInfo info, DateTimeOffset from, DateTimeOffset to, int frequency, bool extended, DateTimeOffset now)
    {
        var candles = new List<Candle>();
        var lastDate = ExchangeTime.DateOf(to < now ? to : now);
        for (var date = ExchangeTime.DateOf(from).AddDays(-1); date <= lastDate; date = date.AddDays(1))
        {
            var day = calendar.Day(date);
            if (!day.IsOpen)
            {
                continue;
            }

            bool wide = extended && !info.IsIndex;
            var start = (wide ? day.PreMarketStart : day.RegularStart)!.Value;
            var end = (wide ? day.PostMarketEnd : day.RegularEnd)!.Value;
            for (var t = start; t < end; t = t.AddMinutes(frequency))
            {
                var candleEnd = t.AddMinutes(frequency) < end ? t.AddMinutes(frequency) : end;
                if (t < from || t >= to || candleEnd > now)
                {
                    continue;
                }

                bool regular = day.IsInRegularSession(t);
                var candle = Build(info, t, candleEnd, regular);
                if (candle is not null)
                {
                    candles.Add(candle);
                }
            }
        }

        return candles;
    }

    public List<Candle> Days(InstrumentInfo info, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        var list = new List<Candle>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var day = calendar.Day(date);
            if (day.IsOpen && day.RegularEnd <= now)
            {
                list.Add(_daily.GetOrAdd((info.Symbol, date), _ => Daily(info, day)));
            }
        }

        return list;
    }

    private Candle Daily(InstrumentInfo info, TradingDay day)
    {
        var minutes = Minutes(info, day.RegularStart!.Value, day.RegularEnd!.Value, 1, false, day.RegularEnd.Value);
        return new Candle(ExchangeTime.CentralMidnight(day.Date), minutes[0].Open, minutes.Max(c => c.High),
            minutes.Min(c => c.Low), minutes[^1].Close, minutes.Sum(c => c.Volume));
    }

    private Candle? Build(InstrumentInfo info, DateTimeOffset start, DateTimeOffset end, bool regular)
    {
        ulong h = DeterministicHash.Of(model.Seed, DeterministicHash.OfString(info.Symbol), (ulong)start.ToUnixTimeMilliseconds());

        // Outside the regular session some minutes see no trade at all, and Schwab then sends no candle.
        if (!regular && h % 4 == 0)
        {
            return null;
        }

        decimal open = model.RawPrice(info, start.AddMilliseconds(1)), close = model.RawPrice(info, end.AddMilliseconds(-1));
        decimal high = Math.Max(open, close), low = Math.Min(open, close);
        for (var t = start.AddSeconds(10); t < end; t = t.AddSeconds(10))
        {
            decimal p = model.RawPrice(info, t);
            high = Math.Max(high, p);
            low = Math.Min(low, p);
        }

        double perMinute = info.DailyVolume / 390.0 * (end - start).TotalMinutes * (regular ? 1 : 0.05);
        long volume = (long)(perMinute * (0.5 + DeterministicHash.Uniform(h)));
        return new Candle(start, open, high, low, close, volume);
    }
}
