using System.Collections.Concurrent;

namespace Schwab.Simulator.Market;

/// <summary>Prices of indexes and equities: seeded random walks that move only while their market trades.</summary>
internal sealed class UnderlyingModel
{
    private readonly ulong _seed;
    private readonly MarketCalendar _calendar;
    private readonly ConcurrentDictionary<string, PriceWalk> _walks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, DateOnly), (decimal High, decimal Low)> _fiftyTwo = new();
    private readonly ConcurrentDictionary<string, decimal> _offsets = new(StringComparer.Ordinal);

    public UnderlyingModel(ulong seed, MarketCalendar calendar)
    {
        _seed = seed;
        _calendar = calendar;
    }

    /// <summary>The instant whose price applies: indexes freeze outside the regular session, equities outside 07:00–20:00 ET.</summary>
    public DateTimeOffset EffectiveInstant(InstrumentInfo info, DateTimeOffset instant)
    {
        var today = _calendar.Day(ExchangeTime.DateOf(instant));
        DateTimeOffset? start = info.IsIndex ? today.RegularStart : today.PreMarketStart;
        DateTimeOffset? end = info.IsIndex ? today.RegularEnd : today.PostMarketEnd;
        if (today.IsOpen && instant >= start && instant < end)
        {
            return instant;
        }

        var day = today.IsOpen && instant >= end ? today : _calendar.SessionDayAtOrBefore(instant);
        if (day.Date == today.Date && instant < start)
        {
            day = _calendar.PreviousOpenDay(today.Date);
        }

        var dayEnd = (info.IsIndex ? day.RegularEnd : day.PostMarketEnd)!.Value;
        return instant < dayEnd ? instant : dayEnd.AddMilliseconds(-1);
    }

    /// <summary>The raw model price at an instant (no session clamping), rounded to the cent.</summary>
    public decimal RawPrice(InstrumentInfo info, DateTimeOffset instant)
    {
        double level;
        if (info.Symbol == "$VIX")
        {
            double spx = Walk("$SPX", 0.15).LogOffsetAt(instant);
            double own = Walk("$VIX", info.AnnualVolatility).LogOffsetAt(instant);
            level = Math.Clamp(info.BasePrice * Math.Exp((-4 * spx) + own), 9, 80);
        }
        else
        {
            level = info.BasePrice * Math.Exp(Walk(info.Symbol, info.AnnualVolatility).LogOffsetAt(instant));
        }

        return Math.Round((decimal)level, 2) + _offsets.GetValueOrDefault(info.Symbol);
    }

    /// <summary>Test hook: every later price of <paramref name="symbol"/> (and what derives from it) is shifted by <paramref name="offset"/>.</summary>
    public void SetOffset(string symbol, decimal offset) => _offsets[symbol] = offset;

    public decimal PriceAt(InstrumentInfo info, DateTimeOffset instant) => RawPrice(info, EffectiveInstant(info, instant));

    public (decimal High, decimal Low) FiftyTwoWeek(InstrumentInfo info, DateOnly date) =>
        _fiftyTwo.GetOrAdd((info.Symbol, date), key =>
        {
            decimal high = decimal.MinValue, low = decimal.MaxValue;
            var at = ExchangeTime.At(key.Item2, new TimeOnly(12, 0));
            for (int week = 0; week < 52; week++)
            {
                decimal p = RawPrice(info, at.AddDays(-7 * week));
                high = Math.Max(high, p);
                low = Math.Min(low, p);
            }

            return (Math.Round(high * 1.01m, 2), Math.Round(low * 0.99m, 2));
        });

    public ulong Seed => _seed;

    private PriceWalk Walk(string symbol, double vol) =>
        _walks.GetOrAdd(symbol, s => new PriceWalk(DeterministicHash.Of(_seed, DeterministicHash.OfString(s)), vol));
}
