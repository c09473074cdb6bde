using System.Text.Json;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Json;

namespace Schwab.Simulator.Http;

/// <summary><c>/admin/faults</c> (POST to add, DELETE to clear) and <c>/admin/record</c> (GET a summary) for scripts.</summary>
internal sealed class AdminEndpoints(SimulatorState state)
{
    public async Task<SimResponse> HandleAsync(SimContext ctx)
    {
        string target = ctx.Segments.Length == 2 ? ctx.Segments[1] : "";
        switch (target, ctx.Method)
        {
            case ("faults", "POST"):
                return await AddFaultsAsync(ctx);
            case ("faults", "DELETE"):
                state.Faults.Clear();
                return SimResponse.Empty(204);
            case ("record", "GET"):
                return SimResponse.Json(JsonSerializer.SerializeToUtf8Bytes(Summary(), AdminJsonContext.Default.AdminRecordSummary));
            case ("record", "DELETE"):
                state.Record.Clear();
                return SimResponse.Empty(204);
            default:
                return new SimResponse(404, ErrorJson.Trader("admin endpoints: POST|DELETE /admin/faults, GET|DELETE /admin/record"));
        }
    }

    private async Task<SimResponse> AddFaultsAsync(SimContext ctx)
    {
        using var body = new MemoryStream();
        await ctx.Http.Request.Body.CopyToAsync(body, ctx.Http.RequestAborted);
        try
        {
            FaultPlanJson.Apply(state.Faults, body.ToArray());
        }
        catch (ArgumentException ex)
        {
            return new SimResponse(400, ErrorJson.Trader(ex.Message));
        }

        return SimResponse.Empty(204);
    }

    private AdminRecordSummary Summary()
    {
        var r = state.Record;
        var requests = r.Requests;
        return new AdminRecordSummary(requests.Count, r.TokenGrants.Count, r.Chains.Count, r.PriceHistories.Count, r.Orders.Count,
            r.Transactions.Count, r.StreamCommands.Count, (int)r.StreamUpdateCount,
            requests.TakeLast(20).Select(q => $"{q.Time:O} {q.Method} {q.Path}{q.Query} {q.Status}").ToList());
    }
}
