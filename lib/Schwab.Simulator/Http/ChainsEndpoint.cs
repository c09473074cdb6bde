using System.Globalization;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Json;
using Schwab.Simulator.Market;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Http;

/// <summary><c>GET /marketdata/v1/chains</c> (schwab-api.md §2.8).</summary>
internal sealed class ChainsEndpoint(SimulatorState state)
{
    private static readonly string[] s_ranges = ["ITM", "NTM", "OTM", "SAK", "SBK", "SNK", "ALL"];

    public SimResponse Handle(SimContext ctx)
    {
        string? symbol = ctx.Get("symbol");
        if (symbol is null)
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "symbol is required", "symbol");
        }

        if (symbol != "$SPX")
        {
            return MarketDataEndpoints.BadRequest(404, "Not Found", $"no option chain for '{symbol}' (the simulator lists $SPX only)", "symbol");
        }

        string contractType = (ctx.Get("contractType") ?? "ALL").ToUpperInvariant();
        string range = (ctx.Get("range") ?? "ALL").ToUpperInvariant();
        string strategy = (ctx.Get("strategy") ?? "SINGLE").ToUpperInvariant();
        if (contractType is not ("CALL" or "PUT" or "ALL"))
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "contractType must be CALL, PUT or ALL", "contractType");
        }

        if (!s_ranges.Contains(range))
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "range must be one of ITM, NTM, OTM, SAK, SBK, SNK, ALL", "range");
        }

        if (strategy is not ("SINGLE" or "ANALYTICAL"))
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", $"strategy {strategy} is not supported by the simulator (use SINGLE)", "strategy");
        }

        if (!TryDate(ctx.Get("fromDate"), out var from) || !TryDate(ctx.Get("toDate"), out var to))
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "fromDate and toDate must be yyyy-MM-dd", "fromDate");
        }

        int? strikeCount = ctx.GetInt("strikeCount");
        if (ctx.Get("strikeCount") is not null && strikeCount is not > 0)
        {
            return MarketDataEndpoints.BadRequest(400, "Bad Request", "strikeCount must be a positive integer", "strikeCount");
        }

        var request = new ChainRequest
        {
            Symbol = symbol,
            ContractType = contractType,
            StrikeCount = strikeCount,
            IncludeUnderlyingQuote = ctx.GetBool("includeUnderlyingQuote", false),
            FromDate = from,
            ToDate = to,
            Range = range,
            Strike = ctx.Get("strike") is { } k && decimal.TryParse(k, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal strike) ? strike : null,
            ExpMonth = (ctx.Get("expMonth") ?? "ALL").ToUpperInvariant(),
        };
        return Respond(ctx, request);
    }

    private SimResponse Respond(SimContext ctx, ChainRequest request)
    {
        int expirations = state.Market.GetExpirationCount(request, ctx.Now);
        var overflow = state.Faults.Take(ctx.Http.Request.Path.Value ?? "",
            f => f.Kind == HttpFaultKind.BodyBufferOverflow && expirations > f.MaxExpirations);
        if (overflow is not null)
        {
            Log.FaultInjected(state.Logger, overflow.Kind, ctx.Method, ctx.Http.Request.Path.Value ?? "");
            return new SimResponse(500, ErrorJson.BodyBufferOverflow());
        }

        var chain = state.Market.GetChain(request, ctx.Now);
        return SimResponse.Json(ChainJson.Write(chain)) with
        {
            OnServed = () => state.Record.Add(new RecordedChain(ctx.Now, ctx.Query, chain)),
        };
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }
}
