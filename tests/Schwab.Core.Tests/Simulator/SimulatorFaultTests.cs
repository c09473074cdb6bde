using System.Net;
using System.Text;
using System.Text.Json;
using Schwab.Simulator.Faults;

namespace Schwab.Core.Tests.Simulator;

public sealed class SimulatorFaultTests
{
    private const string QuotePath = "/marketdata/v1/quotes?symbols=%24SPX";

    [Fact]
    public async Task RateLimit_TwoTimes_429WithRetryAfterThenRecovers()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Add(new HttpFault { PathPrefix = "/marketdata/v1/quotes", StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(3), Times = 2 });
        using var first = await host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        using var second = await host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        using var third = await host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(["Status", "Status", null], host.Simulator.Record.Requests.Select(r => r.Fault));
    }

    [Fact]
    public async Task RateLimit_ForADuration_EndsOnTheSimulatorClock()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Add(new HttpFault { StatusCode = 429, Duration = TimeSpan.FromMinutes(1) });
        using var during = await host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        using var after = await host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, during.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task ServerError_OtherPathsUnaffected()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Add(new HttpFault { PathPrefix = "/marketdata/v1/chains", StatusCode = 503, Times = 1 });
        using var quote = await host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        using var chain = await host.Client.GetAsync(new Uri("/marketdata/v1/chains?symbol=%24SPX&strikeCount=1&toDate=2026-11-24", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, chain.StatusCode);
        Assert.Empty(host.Simulator.Record.Chains);
    }

    [Fact]
    public async Task TruncatedBody_ReadFails()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Add(new HttpFault { Kind = HttpFaultKind.TruncatedBody, Times = 1 });
        var error = await Record.ExceptionAsync(async () =>
        {
            using var response = await host.Client.GetAsync(new Uri("/marketdata/v1/chains?symbol=%24SPX&strikeCount=20&toDate=2026-11-27", UriKind.Relative));
            await response.Content.ReadAsStringAsync();
        });
        Assert.NotNull(error);
        Assert.Empty(host.Simulator.Record.Chains);
    }

    [Fact]
    public async Task MalformedBody_IsNotJson()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Add(new HttpFault { Kind = HttpFaultKind.MalformedBody, Times = 1 });
        using var response = await host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task BodyBufferOverflow_WideChainOnly()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Add(new HttpFault { PathPrefix = "/marketdata/v1/chains", Kind = HttpFaultKind.BodyBufferOverflow, MaxExpirations = 3 });
        using var wide = await host.Client.GetAsync(new Uri("/marketdata/v1/chains?symbol=%24SPX&strikeCount=2&fromDate=2026-11-24&toDate=2026-12-04", UriKind.Relative));
        using var narrow = await host.Client.GetAsync(new Uri("/marketdata/v1/chains?symbol=%24SPX&strikeCount=2&fromDate=2026-11-24&toDate=2026-11-25", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, wide.StatusCode);
        Assert.Equal("""{"fault":{"faultstring":"Body buffer overflow","detail":{"errorcode":"protocol.http.TooBigBody"}}}""", await wide.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, narrow.StatusCode);
    }

    [Fact]
    public async Task Latency_ResponseWaitsForSimulatorClock()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Add(new HttpFault { Kind = HttpFaultKind.Latency, Latency = TimeSpan.FromSeconds(5), Times = 1 });
        var pending = host.Client.GetAsync(new Uri(QuotePath, UriKind.Relative));
        // The rule is consumed when the request reaches the simulator; only then is the delay waiting on fake time.
        for (int spins = 0; host.Simulator.Faults.HttpFaults.Count > 0 && spins < 10_000_000; spins++)
        {
            await Task.Yield();
        }

        host.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(pending.IsCompleted);

        // The simulator computes what is left of the delay and only then creates its timer, so an advance can land in
        // between and the timer then waits its full remainder from the new time: step the clock a second at a time until
        // the response comes (bounded), instead of assuming one more second is always enough.
        for (int step = 0; !pending.IsCompleted && step < 600; step++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            for (int spins = 0; !pending.IsCompleted && spins < 100_000; spins++)
            {
                await Task.Yield();
            }
        }

        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(host.Time.GetUtcNow() - SimulatorHost.DefaultStart >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AdminEndpoint_PostedPlan_Applies()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var admin = new HttpClient { BaseAddress = host.Simulator.BaseUrl };
        const string plan = """{"http":[{"pathPrefix":"/trader/v1","kind":"status","statusCode":500,"times":1}],"stream":[{"kind":"StopData"}]}""";
        using var posted = await admin.PostAsync(new Uri("/admin/faults", UriKind.Relative), new StringContent(plan, Encoding.UTF8, "application/json"));
        using var failed = await host.Client.GetAsync(new Uri("/trader/v1/userPreference", UriKind.Relative));
        using var record = await admin.GetAsync(new Uri("/admin/record", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, posted.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("Simulated server error", JsonDocument.Parse(await failed.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
        Assert.Equal(StreamFaultKind.StopData, Assert.Single(host.Simulator.Faults.StreamFaults).Kind);
        Assert.Equal(1, JsonDocument.Parse(await record.Content.ReadAsStringAsync()).RootElement.GetProperty("requests").GetInt32());
        using var bad = await admin.PostAsync(new Uri("/admin/faults", UriKind.Relative), new StringContent("{nope", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Apply_JsonPlan_AddsRulesAndRejectsBadJsonClearly()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Simulator.Faults.Apply("""{"http":[{"pathPrefix":"/marketdata","kind":"Latency","latencyMs":250}],"stream":[{"kind":"SendCode","code":19}]}""");
        var rule = Assert.Single(host.Simulator.Faults.HttpFaults);
        Assert.Equal((HttpFaultKind.Latency, TimeSpan.FromMilliseconds(250)), (rule.Kind, rule.Latency));
        Assert.Equal(19, Assert.Single(host.Simulator.Faults.StreamFaults).Code);
        var error = Assert.Throws<ArgumentException>(() => host.Simulator.Faults.Apply("""{"http":[{"kind":"Explode"}]}"""));
        Assert.StartsWith("fault plan JSON is invalid", error.Message, StringComparison.Ordinal);
    }
}
