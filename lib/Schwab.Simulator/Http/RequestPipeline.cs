using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Json;
using Schwab.Simulator.Recording;
using Schwab.Simulator.Streaming;

namespace Schwab.Simulator.Http;

/// <summary>The one terminal middleware: routes, injects faults, compresses, records.</summary>
internal sealed class RequestPipeline(SimulatorState state, StreamerServer streamer)
{
    private readonly OAuthEndpoints _oauth = new(state);
    private readonly TraderEndpoints _trader = new(state);
    private readonly MarketDataEndpoints _marketData = new(state);
    private readonly AdminEndpoints _admin = new(state);

    public async Task HandleAsync(HttpContext http)
    {
        string path = http.Request.Path.Value ?? "/";
        if (path == "/ws")
        {
            await streamer.AcceptAsync(http);
            return;
        }

        var ctx = new SimContext(http, state.Time.GetUtcNow(), path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        if (ctx.Segments.Length > 0 && ctx.Segments[0] == "admin")
        {
            await WriteAsync(http, await _admin.HandleAsync(ctx), null);
            return;
        }

        var fault = state.Faults.Take(path, f => f.Kind != HttpFaultKind.BodyBufferOverflow);
        if (fault is not null)
        {
            Log.FaultInjected(state.Logger, fault.Kind, ctx.Method, path);
        }

        // The delay ends at arrival + latency on the simulator clock, however late the timer gets created.
        if (fault is { Kind: HttpFaultKind.Latency } && ctx.Now + fault.Latency - state.Time.GetUtcNow() is { } remaining && remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, state.Time, http.RequestAborted);
        }

        SimResponse response;
        try
        {
            response = fault is { Kind: HttpFaultKind.Status } ? FaultResponse(fault, path.StartsWith("/trader/", StringComparison.Ordinal)) : await RouteAsync(ctx);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.RequestFailed(state.Logger, ctx.Method, path, ex);
            response = new SimResponse(500, ErrorJson.MarketData(500, "Internal Server Error", ex.Message));
        }

        // Recorded before the body goes out: a client that has read the whole answer must find it in the record
        // (recording afterwards raced the client's next step).
        state.Record.Add(new RecordedRequest(ctx.Method, path, ctx.Query, response.Status, ctx.Now, fault?.Kind.ToString()));
        if (fault is not { Kind: HttpFaultKind.MalformedBody or HttpFaultKind.TruncatedBody })
        {
            response.OnServed?.Invoke();
        }

        await WriteAsync(http, response, fault);
        Log.RequestServed(state.Logger, ctx.Method, path, response.Status);
    }

    private Task<SimResponse> RouteAsync(SimContext ctx)
    {
        string[] s = ctx.Segments;
        if (s.Length == 3 && s[0] == "v1" && s[1] == "oauth")
        {
            return _oauth.HandleAsync(ctx);
        }

        bool trader = s.Length >= 2 && s[0] == "trader" && s[1] == "v1";
        bool marketData = s.Length >= 2 && s[0] == "marketdata" && s[1] == "v1";
        if (!trader && !marketData)
        {
            return Task.FromResult(new SimResponse(404, ErrorJson.MarketData(404, "Not Found", "Requested route does not exist")));
        }

        string? auth = ctx.Http.Request.Headers.Authorization;
        string? token = auth is not null && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        if (!state.Tokens.IsValidAccessToken(token))
        {
            return Task.FromResult(new SimResponse(401, ErrorJson.Unauthorized()));
        }

        return Task.FromResult(trader ? _trader.Handle(ctx) : _marketData.Handle(ctx));
    }

    /// <summary>The injected status with the body shape of its API: trader <c>message/errors[]</c>, otherwise <c>errors[{…}]</c>.</summary>
    private static SimResponse FaultResponse(HttpFault fault, bool trader)
    {
        string title = fault.StatusCode switch
        {
            429 => "Too Many Requests", 502 => "Bad Gateway", 503 => "Service Unavailable", 504 => "Gateway Timeout", _ => "Internal Server Error",
        };
        string detail = fault.StatusCode == 429 ? "Rate Limit Exceeded" : "Simulated server error";
        byte[] body = trader ? ErrorJson.Trader(detail) : ErrorJson.MarketData(fault.StatusCode, title, detail);
        return new SimResponse(fault.StatusCode, body) { RetryAfter = fault.StatusCode == 429 ? fault.RetryAfter : null };
    }

    private async Task WriteAsync(HttpContext http, SimResponse response, HttpFault? fault)
    {
        byte[] body = response.Body;
        if (fault is { Kind: HttpFaultKind.MalformedBody })
        {
            body = [.. body.AsSpan(0, body.Length / 2), .. "<html><body>Service temporarily unavailable"u8];
        }

        var res = http.Response;
        res.StatusCode = response.Status;
        res.Headers["Schwab-Client-CorrelId"] = Guid.NewGuid().ToString();
        res.Headers["Schwab-Resource-Version"] = "1";
        if (response.Location is not null)
        {
            res.Headers.Location = response.Location;
        }

        if (response.RetryAfter is { } retry)
        {
            res.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (body.Length > 0)
        {
            res.ContentType = response.ContentType;
            if (state.Options.GzipResponses && http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                body = Gzip(body);
                res.Headers.ContentEncoding = "gzip";
                res.Headers.Vary = "Accept-Encoding";
            }
        }

        res.ContentLength = body.Length;
        try
        {
            if (fault is { Kind: HttpFaultKind.TruncatedBody })
            {
                await res.Body.WriteAsync(body.AsMemory(0, body.Length / 2), http.RequestAborted);
                await res.Body.FlushAsync(http.RequestAborted);
                http.Abort();
                return;
            }

            await res.Body.WriteAsync(body, http.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away mid-body: nothing left to serve.
        }
    }

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
