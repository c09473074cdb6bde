using System.Collections.Concurrent;

namespace Schwab.Simulator.Market;

/// <summary>Builds the full quote of an index or equity at an instant from the walk and the calendar.</summary>
internal sealed class UnderlyingQuoteFactory(UnderlyingModel model, MarketCalendar calendar)
{
    private readonly ConcurrentDictionary<(string, long), decimal> _minutes = new();

    public UnderlyingQuote QuoteAt(InstrumentInfo info, DateTimeOffset instant)
    {
        var eff = model.EffectiveInstant(info, instant);
        decimal last = model.RawPrice(info, eff);
        var day = calendar.QuoteDay(instant);
        var previous = calendar.PreviousOpenDay(day.Date);
        decimal close = model.RawPrice(info, previous.RegularEnd!.Value.AddMilliseconds(-1));
        var start = day.RegularStart!.Value;
        bool started = eff >= start;
        decimal open = started ? model.RawPrice(info, start) : 0, high = started ? Math.Max(open, last) : last, low = started ? Math.Min(open, last) : last;
        var until = eff < day.RegularEnd!.Value ? eff : day.RegularEnd.Value;
        long firstMinute = start.ToUnixTimeMilliseconds() / 60_000, lastMinute = until.ToUnixTimeMilliseconds() / 60_000;
        for (long m = firstMinute; started && m <= lastMinute; m++)
        {
            decimal p = MinutePrice(info, m);
            high = Math.Max(high, p);
            low = Math.Min(low, p);
        }

        double elapsed = Math.Clamp((until - start).TotalMinutes / (day.RegularEnd.Value - start).TotalMinutes, 0, 1);
        ulong dayHash = DeterministicHash.Of(model.Seed, DeterministicHash.OfString(info.Symbol), (ulong)day.Date.DayNumber);
        long volume = (long)(info.DailyVolume * elapsed * (0.8 + (0.4 * DeterministicHash.Uniform(dayHash))));
        long second = eff.ToUnixTimeMilliseconds() / 1000;
        ulong h = DeterministicHash.Of(dayHash, (ulong)second);
        bool trading = info.IsIndex ? day.IsInRegularSession(instant)
            : day.IsOpen && instant >= day.PreMarketStart && instant < day.PostMarketEnd;
        decimal spread = info.IsIndex ? Math.Round(last * 0.004m, 2) : 0.01m;
        var (high52, low52) = model.FiftyTwoWeek(info, day.Date);
        int size = info.IsIndex ? 0 : 1;
        var truncated = DateTimeOffset.FromUnixTimeMilliseconds(eff.ToUnixTimeMilliseconds());
        return new UnderlyingQuote(info.Symbol, last, last - spread, last + spread, open, high, low, close, volume,
            size * (int)(1 + (h % 20)), size * (int)(1 + ((h >> 8) % 20)), info.IsIndex ? 0 : (int)(1 + ((h >> 16) % 500)),
            truncated, truncated, trading ? "Normal" : "Closed", Math.Max(high52, high), Math.Min(low52, low))
        {
            Mark = last,
        };
    }

    private decimal MinutePrice(InstrumentInfo info, long minute) =>
        _minutes.GetOrAdd((info.Symbol, minute), key => model.RawPrice(info, DateTimeOffset.FromUnixTimeMilliseconds(key.Item2 * 60_000)));
}
