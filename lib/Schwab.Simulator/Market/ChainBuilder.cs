namespace Schwab.Simulator.Market;

/// <summary>Selects and prices the contracts a chain request asks for.</summary>
internal sealed class ChainBuilder(UnderlyingModel model, MarketCalendar calendar, ExpirationSchedule schedule,
    OptionPricer pricer, UnderlyingQuoteFactory quotes)
{
    private static readonly string[] s_months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public IReadOnlyList<OptionExpiration> Expirations(ChainRequest request, DateOnly today)
    {
        int month = Array.IndexOf(s_months, request.ExpMonth) + 1;
        return schedule.From(today)
            .Where(e => (request.FromDate is null || e.Date >= request.FromDate) && (request.ToDate is null || e.Date <= request.ToDate)
                && (month == 0 || e.Date.Month == month))
            .ToList();
    }

    public ChainSnapshot Build(ChainRequest request, DateTimeOffset at)
    {
        var ctx = PricingContext.Create(model, calendar, at);
        var underlying = quotes.QuoteAt(InstrumentInfo.Known["$SPX"], at);
        var expirations = Expirations(request, ctx.Today);
        var strikes = Strikes(request, ctx);
        var contracts = new List<OptionQuote>(expirations.Count * strikes.Count * 2);
        foreach (bool call in new[] { true, false })
        {
            if ((call && request.ContractType == "PUT") || (!call && request.ContractType == "CALL"))
            {
                continue;
            }

            foreach (var expiration in expirations)
            {
                foreach (decimal strike in strikes)
                {
                    if (InRange(request.Range, call, strike, ctx.Spot))
                    {
                        contracts.Add(pricer.Price(ctx, expiration, call, strike));
                    }
                }
            }
        }

        return new ChainSnapshot(request, at, underlying, expirations, contracts);
    }

    /// <summary>Listed strikes: 5-point steps within ±20 % of the previous close rounded to 100, narrowed by strikeCount.</summary>
    public static List<decimal> ListedStrikes(double previousClose)
    {
        decimal center = Math.Round((decimal)previousClose / 100) * 100;
        decimal low = Math.Round(center * 0.8m / 5) * 5, high = Math.Round(center * 1.2m / 5) * 5;
        var list = new List<decimal>();
        for (decimal s = low; s <= high; s += 5)
        {
            list.Add(s);
        }

        return list;
    }

    private static List<decimal> Strikes(ChainRequest request, PricingContext ctx)
    {
        var all = ListedStrikes(ctx.SpotAtClose);
        if (request.Strike is { } single)
        {
            return all.Contains(single) ? [single] : [];
        }

        if (request.StrikeCount is not { } count)
        {
            return all;
        }

        decimal spot = (decimal)ctx.Spot;
        var below = all.Where(s => s < spot).TakeLast(count);
        var above = all.Where(s => s >= spot).Take(count);
        return below.Concat(above).ToList();
    }

    private static bool InRange(string range, bool call, decimal strike, double spot)
    {
        decimal s = (decimal)spot;
        bool itm = call ? strike < s : strike > s;
        return range switch
        {
            "ITM" => itm,
            "OTM" => !itm,
            "SAK" => strike > s,
            "SBK" => strike < s,
            "NTM" or "SNK" => Math.Abs(strike - s) <= s * 0.05m,
            _ => true,
        };
    }
}
