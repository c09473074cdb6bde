using Schwab.Simulator.Market;

namespace Schwab.Simulator;

/// <summary>
/// The simulator's deterministic market: $SPX/$VIX and a few equities as seeded random walks, the NYSE calendar,
/// and SPX/SPXW chains priced with Black–Scholes. Every value is a function of the seed and the instant only.
/// </summary>
public sealed class SimulatedMarket
{
    private readonly MarketCalendar _calendar;
    private readonly UnderlyingModel _model;
    private readonly UnderlyingQuoteFactory _quotes;
    private readonly ExpirationSchedule _schedule;
    private readonly OptionPricer _pricer;
    private readonly ChainBuilder _chains;
    private readonly CandleBuilder _candles;

    internal SimulatedMarket(int seed, bool demoCalendar, DateTimeOffset startedAt)
    {
        ulong s = DeterministicHash.Mix((ulong)(uint)seed);
        _calendar = new MarketCalendar(demoCalendar, startedAt);
        _model = new UnderlyingModel(s, _calendar);
        _quotes = new UnderlyingQuoteFactory(_model, _calendar);
        _schedule = new ExpirationSchedule(_calendar);
        _pricer = new OptionPricer(s);
        _chains = new ChainBuilder(_model, _calendar, _schedule, _pricer, _quotes);
        _candles = new CandleBuilder(_model, _calendar);
    }

    /// <summary>The symbols (indexes and equities) the simulator quotes.</summary>
    public static IReadOnlyCollection<string> Symbols => InstrumentInfo.Known.Keys.ToArray();

    /// <summary>The calendar entry for an exchange date.</summary>
    /// <param name="date">The exchange (America/New_York) date.</param>
    /// <returns>Whether it is open, and its sessions.</returns>
    public TradingDay GetTradingDay(DateOnly date) => _calendar.Day(date);

    /// <summary>The last price of an index or equity at an instant (frozen outside its trading hours).</summary>
    /// <param name="symbol">A symbol from <see cref="Symbols"/>.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The price.</returns>
    public decimal GetPrice(string symbol, DateTimeOffset at) => _model.PriceAt(Info(symbol), at);

    /// <summary>
    /// Test hook: shifts every price of <paramref name="symbol"/> computed from now on by <paramref name="offset"/>
    /// points (quotes, streamed level-one data and, for $SPX, option pricing), e.g. to force a drift of spot.
    /// </summary>
    /// <param name="symbol">A symbol from <see cref="Symbols"/>.</param>
    /// <param name="offset">The shift; 0 removes it.</param>
    public void SetPriceOffset(string symbol, decimal offset) => _model.SetOffset(Info(symbol).Symbol, offset);

    /// <summary>The full quote of an index or equity at an instant.</summary>
    /// <param name="symbol">A symbol from <see cref="Symbols"/>.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The quote.</returns>
    public UnderlyingQuote GetQuote(string symbol, DateTimeOffset at) => _quotes.QuoteAt(Info(symbol), at);

    /// <summary>The $SPX expirations listed on an exchange date.</summary>
    /// <param name="today">The exchange date.</param>
    /// <returns>Expirations in date order (SPX before SPXW on a shared date).</returns>
    public IReadOnlyList<OptionExpiration> GetExpirations(DateOnly today) => _schedule.From(today);

    /// <summary>The chain a <c>/chains</c> request gets at an instant.</summary>
    /// <param name="request">The request.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The priced chain.</returns>
    public ChainSnapshot GetChain(ChainRequest request, DateTimeOffset at) => _chains.Build(request, at);

    /// <summary>The quote of one SPX/SPXW option symbol at an instant, or null when it is not a listed $SPX option.</summary>
    /// <param name="symbol">OCC-padded symbol.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The quote, or null.</returns>
    public OptionQuote? GetOptionQuote(string symbol, DateTimeOffset at)
    {
        var expiration = ResolveOption(symbol, out bool call, out decimal strike);
        return expiration is null ? null : _pricer.Price(CreatePricingContext(at), expiration, call, strike);
    }

    /// <summary>Completed minute candles of traded minutes in [from, to).</summary>
    /// <param name="symbol">A symbol from <see cref="Symbols"/>.</param>
    /// <param name="from">Inclusive start.</param>
    /// <param name="to">Exclusive end.</param>
    /// <param name="frequency">Minutes per candle (1, 5, 10, 15 or 30).</param>
    /// <param name="extendedHours">Include 07:00–09:30 and 16:00–20:00 ET for equities.</param>
    /// <param name="now">The simulator's present: candles not yet complete are left out.</param>
    /// <returns>The candles in time order.</returns>
    public IReadOnlyList<Candle> GetMinuteCandles(string symbol, DateTimeOffset from, DateTimeOffset to, int frequency, bool extendedHours, DateTimeOffset now) =>
        _candles.Minutes(Info(symbol), from, to, frequency, extendedHours, now);

    /// <summary>Daily candles of completed sessions between two exchange dates (inclusive), stamped 00:00 US/Central.</summary>
    /// <param name="symbol">A symbol from <see cref="Symbols"/>.</param>
    /// <param name="from">First date.</param>
    /// <param name="to">Last date.</param>
    /// <param name="now">The simulator's present.</param>
    /// <returns>The candles in date order.</returns>
    public IReadOnlyList<Candle> GetDailyCandles(string symbol, DateOnly from, DateOnly to, DateTimeOffset now) =>
        _candles.Days(Info(symbol), from, to, now);

    internal int GetExpirationCount(ChainRequest request, DateTimeOffset at) =>
        _chains.Expirations(request, ExchangeTime.DateOf(at)).Select(e => e.Date).Distinct().Count();

    internal MarketCalendar Calendar => _calendar;

    internal PricingContext CreatePricingContext(DateTimeOffset at) => PricingContext.Create(_model, _calendar, at);

    internal OptionPricer Pricer => _pricer;

    internal OptionExpiration? ResolveOption(string symbol, out bool call, out decimal strike)
    {
        if (!OptionSymbol.TryParse(symbol, out string root, out var date, out call, out strike)
            || root is not ("SPX" or "SPXW") || strike % 5 != 0)
        {
            return null;
        }

        var day = _calendar.Day(date);
        if (!day.IsOpen)
        {
            return null;
        }

        return root == "SPX"
            ? new OptionExpiration(date, root, "S", "A", day.RegularStart!.Value)
            : new OptionExpiration(date, root, "W", "P", day.RegularEnd!.Value);
    }

    private static InstrumentInfo Info(string symbol) =>
        InstrumentInfo.Find(symbol) ?? throw new ArgumentException($"the simulator does not quote symbol '{symbol}'", nameof(symbol));
}
