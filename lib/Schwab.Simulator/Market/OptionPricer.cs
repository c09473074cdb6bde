using System.Collections.Concurrent;

namespace Schwab.Simulator.Market;

/// <summary>Prices one SPX/SPXW contract: Black–Scholes on a volatility smile keyed to $VIX, quoted around theoretical.</summary>
internal sealed class OptionPricer(ulong seed)
{
    public const double Sentinel = -999.0;

    // Names and the day's open/close depend only on the contract and the day: computed once, not on every stream tick.
    private readonly ConcurrentDictionary<(string Root, DateOnly Date, bool Call, decimal Strike), (string Symbol, string Description, ulong Hash)> _names = new();
    private readonly ConcurrentDictionary<(ulong Hash, long At), decimal> _anchors = new();

    public OptionQuote Price(PricingContext ctx, OptionExpiration expiration, bool call, decimal strike)
    {
        var (symbol, description, symbolHash) = _names.GetOrAdd((expiration.Root, expiration.Date, call, strike), key =>
        {
            string s = OptionSymbol.Format(key.Root, key.Date, key.Call, key.Strike);
            return (s, OptionSymbol.Describe(key.Root, key.Date, key.Call, key.Strike), DeterministicHash.Of(seed, DeterministicHash.OfString(s)));
        });
        double k = (double)strike;
        double years = (expiration.ExpiresAt - ctx.Effective).TotalDays / 365;
        bool expired = years <= 0 || expiration.ExpiresAt <= ctx.At;
        var now = Model(call, ctx.Spot, ctx.Vix, k, years);
        decimal close = _anchors.GetOrAdd((symbolHash, ctx.PreviousClose.ToUnixTimeMilliseconds()), _ =>
            Tick(Model(call, ctx.SpotAtClose, ctx.VixAtClose, k, (expiration.ExpiresAt - ctx.PreviousClose).TotalDays / 365).Bs.Value));
        decimal open = 0;
        if (ctx.OpenTime is { } openTime && ctx.Effective >= openTime)
        {
            open = _anchors.GetOrAdd((symbolHash, openTime.ToUnixTimeMilliseconds()), _ =>
                Tick(Model(call, ctx.SpotAtOpen, ctx.VixAtOpen, k, (expiration.ExpiresAt - openTime).TotalDays / 365).Bs.Value));
        }

        double theo = now.Bs.Value;
        decimal tick = theo < 3 ? 0.05m : 0.10m;
        decimal half = Math.Max(tick, (decimal)theo * 0.01m);
        decimal bid = Math.Max(0, Math.Floor(((decimal)theo - half) / tick) * tick);
        decimal ask = Math.Max(tick, Math.Ceiling(((decimal)theo + half) / tick) * tick);
        decimal mark = Math.Round((bid + ask) / 2, 2);
        long ms = ctx.Effective.ToUnixTimeMilliseconds();
        ulong tradeHash = DeterministicHash.Of(symbolHash, (ulong)(ms / 30_000));
        ulong quoteHash = DeterministicHash.Of(symbolHash, (ulong)(ms / 1000));
        decimal last = Math.Max(0.05m, Math.Round(mark / tick) * tick + (tick * ((int)(tradeHash % 3) - 1)));
        double z = Math.Abs(Math.Log(k / ctx.Spot)) / (Math.Max(ctx.Vix, 0.05) * Math.Sqrt(Math.Max(years, 1 / 8760.0)));
        double activity = Math.Exp(-0.5 * z * z) * (0.5 + DeterministicHash.Uniform(DeterministicHash.Of(symbolHash, (ulong)ctx.Today.DayNumber)));
        long volume = (long)(20_000 * activity * ctx.SessionFraction);
        long openInterest = (long)(40_000 * Math.Exp(-0.2 * z * z) * DeterministicHash.Uniform(symbolHash));
        int dte = expiration.Date.DayNumber - ctx.Today.DayNumber;
        var tradeTime = DateTimeOffset.FromUnixTimeMilliseconds(ms - (long)(tradeHash % 120_000));
        var quoteTime = DateTimeOffset.FromUnixTimeMilliseconds(ms - (long)(quoteHash % 1000));
        var g = now.Bs;
        return new OptionQuote(symbol, expiration.Root, call, expiration, strike,
            description, bid, ask, last, mark,
            (int)(1 + (quoteHash % 40)), (int)(1 + ((quoteHash >> 8) % 40)), (int)(1 + ((tradeHash >> 16) % 10)),
            Math.Max(last, Math.Max(open, close)), Math.Min(last, open > 0 ? open : last), open, close, volume, openInterest,
            tradeTime, quoteTime,
            expired ? Sentinel : Math.Round(now.Vol * 100, 3), expired ? Sentinel : Math.Round(g.Delta, 3),
            expired ? Sentinel : Math.Round(g.Gamma, 4), expired ? Sentinel : Math.Round(g.Theta, 3),
            expired ? Sentinel : Math.Round(g.Vega, 3), expired ? Sentinel : Math.Round(g.Rho, 3),
            expired ? (decimal)Sentinel : Math.Round((decimal)theo, 3), Math.Round((decimal)ctx.Spot, 2), dte,
            (long)(symbolHash % 100_000_000));
    }

    private static (BlackScholes.Result Bs, double Vol) Model(bool call, double spot, double vix, double strike, double years)
    {
        double atm = Math.Max(vix, 0.05) * (0.85 + (0.15 * Math.Min(1, Math.Sqrt(Math.Max(years, 0) * 12))));
        double z = Math.Log(strike / spot) / (atm * Math.Sqrt(Math.Max(years, 1 / 8760.0)));
        double vol = Math.Clamp(atm * (1 - (0.1 * z) + (0.015 * z * z)), 0.05, 3);
        return (BlackScholes.Price(call, spot, strike, years, vol, PricingContext.Rate), vol);
    }

    private static decimal Tick(double value)
    {
        decimal tick = value < 3 ? 0.05m : 0.10m;
        return Math.Round((decimal)value / tick) * tick;
    }
}
