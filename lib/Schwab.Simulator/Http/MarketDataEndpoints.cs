using Schwab.Simulator.Json;
using Schwab.Simulator.Market;

namespace Schwab.Simulator.Http;

/// <summary>The market-data API (<c>/marketdata/v1</c>, schwab-api.md §2.6–2.12).</summary>
internal sealed class MarketDataEndpoints(SimulatorState state)
{
    private static readonly string[] s_quoteFields = ["quote", "fundamental", "extended", "reference", "regular"];
    private readonly ChainsEndpoint _chains = new(state);
    private readonly PriceHistoryEndpoint _history = new(state);
    private readonly MarketHoursEndpoint _hours = new(state);

    public SimResponse Handle(SimContext ctx)
    {
        string[] s = ctx.Segments;
        if (ctx.Method != "GET")
        {
            return BadRequest(405, "Method Not Allowed", "market data endpoints accept GET only");
        }

        return (s.Length, s.Length > 2 ? s[2] : "") switch
        {
            (3, "quotes") => Quotes(ctx, ctx.Get("symbols")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []),
            (4, _) when s[3] == "quotes" => SingleQuote(ctx, s[2]),
            (3, "chains") => _chains.Handle(ctx),
            (3, "expirationchain") => ExpirationChain(ctx),
            (3, "pricehistory") => _history.Handle(ctx),
            (4, "movers") => Movers(ctx),
            (3, "markets") => _hours.Handle(ctx, ctx.Get("markets")),
            (4, "markets") => _hours.Handle(ctx, s[3]),
            (3, "instruments") => Instruments(ctx),
            (4, "instruments") => SimResponse.Json(ReferenceJson.Instruments(InstrumentInfo.Known.Values.Where(i => i.Cusip == s[3]), false)),
            _ => BadRequest(404, "Not Found", "Requested route does not exist"),
        };
    }

    internal static SimResponse BadRequest(int status, string title, string detail, string? parameter = null) =>
        new(status, ErrorJson.MarketData(status, title, detail, parameter));

    private SimResponse Quotes(SimContext ctx, string[] symbols)
    {
        if (symbols.Length == 0)
        {
            return BadRequest(400, "Bad Request", "Search combination should have min of 1.", "symbols");
        }

        if (symbols.Length > 500)
        {
            return BadRequest(400, "Bad Request", "Search combination should not exceed 500.", "symbols");
        }

        if (!TryFields(ctx, out var fields))
        {
            return BadRequest(400, "Bad Request", "valid fields should be any of all,fundamental,reference,extended,quote,regular or empty value", "fields");
        }

        var invalid = new List<string>();
        byte[] body = JsonOut.Write(w =>
        {
            w.WriteStartObject();
            foreach (string symbol in symbols.Distinct(StringComparer.Ordinal))
            {
                if (InstrumentInfo.Find(symbol) is { } info)
                {
                    QuoteJson.WriteUnderlying(w, info, state.Market.GetQuote(symbol, ctx.Now), fields);
                }
                else if (state.Market.GetOptionQuote(symbol, ctx.Now) is { } option)
                {
                    OptionQuoteJson.Write(w, option, fields);
                }
                else
                {
                    invalid.Add(symbol);
                }
            }

            if (invalid.Count > 0)
            {
                w.WriteStartObject("errors");
                w.WriteStartArray("invalidSymbols");
                invalid.ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
        return SimResponse.Json(body);
    }

    private SimResponse SingleQuote(SimContext ctx, string symbol)
    {
        if (InstrumentInfo.Find(symbol) is null && state.Market.ResolveOption(symbol, out _, out _) is null)
        {
            return BadRequest(404, "Not Found", $"symbol '{symbol}' was not found");
        }

        return Quotes(ctx, [symbol]);
    }

    private static bool TryFields(SimContext ctx, out HashSet<string> fields)
    {
        string raw = ctx.Get("fields") ?? "all";
        fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (string f in raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (f == "all")
            {
                fields.UnionWith(s_quoteFields);
            }
            else if (s_quoteFields.Contains(f))
            {
                fields.Add(f);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private SimResponse ExpirationChain(SimContext ctx)
    {
        if (ctx.Get("symbol") != "$SPX")
        {
            return BadRequest(404, "Not Found", "the simulator lists options for $SPX only", "symbol");
        }

        var today = ExchangeTime.DateOf(ctx.Now);
        return SimResponse.Json(ReferenceJson.ExpirationChain(state.Market.GetExpirations(today), today));
    }

    private SimResponse Movers(SimContext ctx)
    {
        var rows = InstrumentInfo.Known.Values.Where(i => !i.IsIndex)
            .Select(i => (i, state.Market.GetQuote(i.Symbol, ctx.Now)))
            .OrderByDescending(r => r.Item2.TotalVolume).Take(10).ToList();
        return SimResponse.Json(ReferenceJson.Movers(rows));
    }

    private static SimResponse Instruments(SimContext ctx)
    {
        string projection = ctx.Get("projection") ?? "symbol-search";
        var symbols = (ctx.Get("symbol") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (symbols.Length == 0)
        {
            return BadRequest(400, "Bad Request", "symbol is required", "symbol");
        }

        var found = symbols.Select(InstrumentInfo.Find).OfType<InstrumentInfo>();
        return SimResponse.Json(ReferenceJson.Instruments(found, projection == "fundamental"));
    }
}
