using System.Net;
using System.Text;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Auth;

public sealed class OAuthClientTests
{
    private const string TokenBody = """
        {"expires_in":1800,"token_type":"Bearer","scope":"api","refresh_token":"new-refresh@","access_token":"I0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.abc@","id_token":"eyJ0eXAi"}
        """;

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    [Fact]
    public void BuildAuthorizeUrl_CarriesClientIdRedirectResponseTypeAndState()
    {
        using var h = new ApiHarness();

        Uri url = h.OAuth.BuildAuthorizeUrl("MAIN_DATA", "st@te 1");

        Assert.Equal(ApiHarness.BaseUrl + "/v1/oauth/authorize?client_id=data-client-id&redirect_uri=https%3A%2F%2F127.0.0.1%3A8182&response_type=code&state=st%40te%201",
            url.AbsoluteUri);
    }

    [Fact]
    public void ParseRedirect_EncodedAtSign_IsDecodedExactlyOnce()
    {
        string code = OAuthClient.ParseRedirect(
            "https://127.0.0.1:8182/?code=C0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.xyz%40&session=4b1c7f0e-1111-2222-3333-444455556666&state=S1", "S1");

        Assert.Equal("C0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.xyz@", code);
    }

    [Theory]
    [InlineData("https://127.0.0.1/?code=C0.x%40&state=OTHER", "state mismatch")]
    [InlineData("https://127.0.0.1/?code=C0.x%40", "state mismatch")]
    [InlineData("https://127.0.0.1/?session=abc&state=S1", "no code")]
    [InlineData("https://127.0.0.1/?error=access_denied&error_description=User%20said%20no&state=S1", "access_denied (User said no)")]
    [InlineData("C0.x%40", "not a URL")]
    public void ParseRedirect_BadRedirect_GivesAClearOneLineError(string url, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => OAuthClient.ParseRedirect(url, "S1"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task ExchangeCodeAsync_PostsFormWithBasicAuth_AndTheCodeEncodedOnce()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson(TokenBody);
        string code = OAuthClient.ParseRedirect("https://127.0.0.1:8182/?code=C0.abc%40&session=s&state=S", "S");

        OAuthTokens tokens = await h.OAuth.ExchangeCodeAsync("MAIN_DATA", code);

        RecordedRequest r = Assert.Single(h.Stub.Requests);
        Assert.Equal((HttpMethod.Post, ApiHarness.BaseUrl + "/v1/oauth/token"), (r.Method, r.Uri.AbsoluteUri));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("data-client-id:data-secret")), r.Authorization);
        Dictionary<string, string> form = Form(r.Body!);
        Assert.Equal(("authorization_code", "C0.abc%40", "https%3A%2F%2F127.0.0.1%3A8182"), (form["grant_type"], form["code"], form["redirect_uri"]));
        Assert.DoesNotContain("%2540", r.Body, StringComparison.Ordinal);
        Assert.Equal(("I0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.abc@", "new-refresh@"), (tokens.AccessToken, tokens.RefreshToken));
        Assert.Equal(h.Time.GetUtcNow().AddMinutes(30), tokens.AccessTokenExpiresAt);
        Assert.Equal(h.Time.GetUtcNow(), tokens.RefreshTokenIssuedAt);
        Assert.Equal(h.Time.GetUtcNow().AddDays(7), tokens.RefreshTokenExpiresAt);
        Assert.DoesNotContain("abc@", tokens.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_ResponseWithoutRefreshToken_KeepsTheOldOneAndItsOriginalIssueTime()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson("""{"expires_in":1800,"token_type":"Bearer","scope":"api","access_token":"A2"}""");
        DateTimeOffset issued = h.Time.GetUtcNow().AddDays(-3);
        h.Time.Advance(TimeSpan.FromMinutes(1));

        OAuthTokens tokens = await h.OAuth.RefreshAsync("MAIN_TRADE", "old-refresh", issued);

        Dictionary<string, string> form = Form(h.Stub.Requests[0].Body!);
        Assert.Equal(("refresh_token", "old-refresh"), (form["grant_type"], form["refresh_token"]));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("trade-client-id:trade-secret")), h.Stub.Requests[0].Authorization);
        Assert.Equal(("A2", "old-refresh", issued), (tokens.AccessToken, tokens.RefreshToken, tokens.RefreshTokenIssuedAt));
        Assert.Equal(issued.AddDays(7), tokens.RefreshTokenExpiresAt);
        Assert.Equal(h.Time.GetUtcNow().AddSeconds(1800), tokens.AccessTokenExpiresAt);
    }

    [Fact]
    public async Task RefreshAsync_ResponseWithRefreshToken_UsesItButKeepsTheOriginalIssueTime()
    {
        using var h = new ApiHarness();
        h.Stub.EnqueueJson(TokenBody);
        DateTimeOffset issued = h.Time.GetUtcNow().AddDays(-6);

        OAuthTokens tokens = await h.OAuth.RefreshAsync("MAIN_DATA", "old-refresh", issued);

        Assert.Equal(("new-refresh@", issued), (tokens.RefreshToken, tokens.RefreshTokenIssuedAt));
    }

    [Theory]
    [InlineData("""{"error":"unsupported_token_type","error_description":"400 Bad Request: \"{\"error_description\":\"Exception while authenticating refresh token [tokenDigest=abc, Exception=Failed refresh token authentication [tokenDigest=abc]]\",\"error\":\"refresh_token_authentication_error\"}\""}""")]
    [InlineData("""{"error":"invalid_grant","error_description":"Invalid refresh token: null"}""")]
    public async Task RefreshAsync_RefusedRefreshToken_ThrowsReauthenticationRequired(string body)
    {
        using var h = new ApiHarness();
        h.Stub.Enqueue(HttpStatusCode.BadRequest, body, "application/json", ("Schwab-Client-CorrelId", "corr-1"));

        var ex = await Assert.ThrowsAsync<ReauthenticationRequiredException>(() => h.OAuth.RefreshAsync("MAIN_DATA", "secret-refresh-token", h.Time.GetUtcNow()));

        Assert.Equal("re-authentication required: run schwabctl auth --api MAIN_DATA", ex.Message);
        Assert.Equal("MAIN_DATA", ex.ApiName);
        var inner = Assert.IsType<SchwabApiException>(ex.InnerException);
        Assert.Equal((HttpStatusCode.BadRequest, "corr-1"), (inner.StatusCode, inner.CorrelationId));
        Assert.DoesNotContain("secret-refresh-token", inner.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("data-secret", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_NestedRefreshError_ExposesTheInnerTextAndCode()
    {
        using var h = new ApiHarness();
        h.Stub.Enqueue(HttpStatusCode.BadRequest, """{"error":"unsupported_token_type","error_description":"400 Bad Request: \"{\"error_description\":\"Exception while authenticating refresh token\",\"error\":\"refresh_token_authentication_error\"}\""}""");

        var ex = await Assert.ThrowsAsync<ReauthenticationRequiredException>(() => h.OAuth.RefreshAsync("MAIN_DATA", "r", h.Time.GetUtcNow()));

        var inner = (SchwabApiException)ex.InnerException!;
        Assert.Equal(("Exception while authenticating refresh token", "refresh_token_authentication_error"), (inner.ErrorText, inner.ErrorCode));
    }

    [Fact]
    public async Task ExchangeCodeAsync_BadSecret_IsAPlainSchwabApiException()
    {
        using var h = new ApiHarness();
        h.Stub.Enqueue(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}""");

        var ex = await Assert.ThrowsAsync<SchwabApiException>(() => h.OAuth.ExchangeCodeAsync("MAIN_DATA", "C0.x@"));

        Assert.IsNotType<ReauthenticationRequiredException>(ex);
        Assert.Equal(("Client authentication failed", "invalid_client"), (ex.ErrorText, ex.ErrorCode));
    }
}
