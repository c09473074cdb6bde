using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Schwab.Simulator;
using Schwab.Simulator.Recording;

namespace Schwab.Core.Tests.Simulator;

public sealed class SimulatorOAuthTests
{
    private static async Task<HttpResponseMessage> TokenAsync(SimulatorHost host, params (string, string)[] form)
    {
        var o = host.Simulator.Options;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/oauth/token")
        {
            Content = new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Item1, p.Item2))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.ClientId}:{o.ClientSecret}")));
        using var client = new HttpClient { BaseAddress = host.Simulator.BaseUrl };
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<string> AuthorizeAsync(SimulatorHost host, string state = "st4te")
    {
        var o = host.Simulator.Options;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Simulator.BaseUrl };
        using var response = await client.GetAsync(new Uri(
            $"/v1/oauth/authorize?client_id={o.ClientId}&redirect_uri={Uri.EscapeDataString(o.RedirectUri)}&response_type=code&state={state}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static string CodeFrom(string redirect) =>
        redirect.Split('?')[1].Split('&').First(p => p.StartsWith("code=", StringComparison.Ordinal))[5..];

    [Fact]
    public async Task Authorize_RegisteredApp_RedirectsWithEncodedCodeStateAndSession()
    {
        await using var host = await SimulatorHost.StartAsync();
        string location = await AuthorizeAsync(host, "abc123");
        Assert.StartsWith("https://127.0.0.1?code=C0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.", location, StringComparison.Ordinal);
        Assert.EndsWith("%40", CodeFrom(location), StringComparison.Ordinal);
        Assert.Contains("&state=abc123", location, StringComparison.Ordinal);
        Assert.Matches("&session=[0-9a-f-]{36}", location);
    }

    [Theory]
    [InlineData("SIMULATORAPPKEY00000000000000001", "https://127.0.0.1/")]
    [InlineData("UNKNOWNAPP", "https://127.0.0.1")]
    public async Task Authorize_WrongRedirectOrUnknownClient_IsRefused(string clientId, string redirect)
    {
        await using var host = await SimulatorHost.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Simulator.BaseUrl };
        using var response = await client.GetAsync(new Uri($"/v1/oauth/authorize?client_id={clientId}&redirect_uri={Uri.EscapeDataString(redirect)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Token_DecodedCodeThenRefresh_IssuesExactFieldSetAndRecordsGrants()
    {
        await using var host = await SimulatorHost.StartAsync();
        string code = Uri.UnescapeDataString(CodeFrom(await AuthorizeAsync(host)));
        using var first = await TokenAsync(host, ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "https://127.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tokens = await JsonAsync(first);
        Assert.Equal(["expires_in", "token_type", "scope", "refresh_token", "access_token", "id_token"], tokens.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1800, tokens.GetProperty("expires_in").GetInt32());
        Assert.StartsWith("I0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.", tokens.GetProperty("access_token").GetString(), StringComparison.Ordinal);

        using var refreshed = await TokenAsync(host, ("grant_type", "refresh_token"), ("refresh_token", tokens.GetProperty("refresh_token").GetString()!));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var grants = host.Simulator.Record.TokenGrants;
        Assert.Equal([TokenGrantKind.AuthorizationCode, TokenGrantKind.RefreshToken], grants.Select(g => g.Kind));
        Assert.All(grants, g => Assert.True(g.Succeeded));
        Assert.Single(grants, g => g.Kind == TokenGrantKind.RefreshToken);
    }

    [Fact]
    public async Task Token_CodeStillUrlEncoded_IsRejected()
    {
        await using var host = await SimulatorHost.StartAsync();
        string raw = CodeFrom(await AuthorizeAsync(host));
        using var response = await TokenAsync(host, ("grant_type", "authorization_code"), ("code", raw), ("redirect_uri", "https://127.0.0.1"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(host.Simulator.Record.TokenGrants.Single().Succeeded);
    }

    [Fact]
    public async Task Token_CodeReusedOrExpired_IsRejected()
    {
        await using var host = await SimulatorHost.StartAsync();
        string code = host.Simulator.IssueAuthorizationCode();
        using var ok = await TokenAsync(host, ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "https://127.0.0.1"));
        using var reused = await TokenAsync(host, ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "https://127.0.0.1"));
        string late = host.Simulator.IssueAuthorizationCode();
        host.Time.Advance(TimeSpan.FromSeconds(31));
        using var expired = await TokenAsync(host, ("grant_type", "authorization_code"), ("code", late), ("redirect_uri", "https://127.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
    }

    [Fact]
    public async Task Token_RefreshAfterSevenDays_ReturnsNestedErrorBody()
    {
        await using var host = await SimulatorHost.StartAsync();
        var (_, refresh) = host.Simulator.IssueTokens();
        host.Time.Advance(TimeSpan.FromDays(6.9));
        using var stillOk = await TokenAsync(host, ("grant_type", "refresh_token"), ("refresh_token", refresh));
        host.Time.Advance(TimeSpan.FromDays(0.2));
        using var refused = await TokenAsync(host, ("grant_type", "refresh_token"), ("refresh_token", refresh));
        Assert.Equal(HttpStatusCode.OK, stillOk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertRefreshRejectedBody(await JsonAsync(refused));
    }

    [Fact]
    public async Task Token_RefreshAfterExpireFault_ReturnsNestedErrorBody()
    {
        await using var host = await SimulatorHost.StartAsync();
        var (_, refresh) = host.Simulator.IssueTokens();
        host.Simulator.Faults.ExpireRefreshTokens();
        using var refused = await TokenAsync(host, ("grant_type", "refresh_token"), ("refresh_token", refresh));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertRefreshRejectedBody(await JsonAsync(refused));
    }

    [Fact]
    public async Task Api_AccessTokenExpiredOrMissing_Returns401Body()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var before = await host.Client.GetAsync(new Uri("/trader/v1/accounts/accountNumbers", UriKind.Relative));
        host.Time.Advance(TimeSpan.FromMinutes(30));
        using var after = await host.Client.GetAsync(new Uri("/trader/v1/accounts/accountNumbers", UriKind.Relative));
        using var anonymous = new HttpClient { BaseAddress = host.Simulator.BaseUrl };
        using var missing = await anonymous.GetAsync(new Uri("/marketdata/v1/quotes?symbols=%24SPX", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        foreach (var response in new[] { after, missing })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var error = (await JsonAsync(response)).GetProperty("errors")[0];
            Assert.Equal(401, error.GetProperty("status").GetInt32());
            Assert.Equal("Unauthorized", error.GetProperty("title").GetString());
            Assert.Equal("Client not authorized", error.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Token_LifetimesFollowOptions()
    {
        await using var host = await SimulatorHost.StartAsync(configure: o => o.AccessTokenLifetime = TimeSpan.FromMinutes(5));
        string code = host.Simulator.IssueAuthorizationCode();
        using var response = await TokenAsync(host, ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "https://127.0.0.1"));
        Assert.Equal(300, (await JsonAsync(response)).GetProperty("expires_in").GetInt32());
    }

    private static void AssertRefreshRejectedBody(JsonElement body)
    {
        Assert.Equal("unsupported_token_type", body.GetProperty("error").GetString());
        string description = body.GetProperty("error_description").GetString()!;
        Assert.StartsWith("400 Bad Request: \"{\"error_description\":\"Exception while authenticating refresh token [tokenDigest=", description, StringComparison.Ordinal);
        Assert.EndsWith("\"error\":\"refresh_token_authentication_error\"}\"", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_BadOptions_OneMessageNamingEach()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => SchwabSimulator.StartAsync(
            new SimulatorOptions { ClientId = "", AccessTokenLifetime = TimeSpan.Zero, Port = 70000 }));
        Assert.Contains("ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains("AccessTokenLifetime", error.Message, StringComparison.Ordinal);
        Assert.Contains("Port", error.Message, StringComparison.Ordinal);
    }
}
