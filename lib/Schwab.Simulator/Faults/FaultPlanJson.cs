using System.Text.Json;
using Schwab.Simulator.Http;

namespace Schwab.Simulator.Faults;

/// <summary>Applies the JSON fault-plan format of <c>POST /admin/faults</c> to a <see cref="FaultPlan"/>.</summary>
internal static class FaultPlanJson
{
    public static void Apply(FaultPlan plan, ReadOnlySpan<byte> utf8Json)
    {
        AdminFaultRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(utf8Json, AdminJsonContext.Default.AdminFaultRequest);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("fault plan JSON is invalid: " + ex.Message, nameof(utf8Json), ex);
        }

        if (request is null)
        {
            throw new ArgumentException("fault plan JSON is empty", nameof(utf8Json));
        }

        if (request.Clear)
        {
            plan.Clear();
        }

        foreach (var f in request.Http ?? [])
        {
            plan.Add(new HttpFault
            {
                PathPrefix = f.PathPrefix,
                Kind = f.Kind,
                StatusCode = f.StatusCode,
                RetryAfter = f.RetryAfterSeconds is { } r ? TimeSpan.FromSeconds(r) : null,
                Latency = TimeSpan.FromMilliseconds(f.LatencyMs),
                MaxExpirations = f.MaxExpirations,
                Times = f.Times,
                Duration = f.DurationSeconds is { } d ? TimeSpan.FromSeconds(d) : null,
            });
        }

        foreach (var f in request.Stream ?? [])
        {
            plan.Add(new StreamFault { Kind = f.Kind, Code = f.Code, Every = TimeSpan.FromSeconds(f.EverySeconds) });
        }

        if (request.ExpireRefreshTokens)
        {
            plan.ExpireRefreshTokens();
        }
    }
}
